/** One CSV field, quoted when it holds a separator, a quote or a line break (RFC 4180). */
function field(value: string): string {
	return /[",\r\n;]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A CSV document: header row, then one row per record, CRLF line ends, UTF-8 with a BOM
 * so that Excel opens Cyrillic text correctly.
 */
export function toCsv(columns: readonly string[], rows: readonly (readonly string[])[]): string {
	const lines = [columns, ...rows].map((row) => row.map(field).join(','));
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}
