/** One problem found in the content, addressed so that an editor can go straight to it. */
export interface ContentIssue {
	/** Path relative to the project root, e.g. `content/practices/biysk.mdx`. */
	file: string;
	/** 1-based line in the file, when known. */
	line?: number;
	/** Field path as written in the file, e.g. `spheres[0]`; absent for whole-file problems. */
	field?: string;
	/** What is wrong and what is expected, in Russian. */
	message: string;
	/** The offending value, when there is one. */
	value?: unknown;
}

/** Dotted field path as an editor writes it: `sources[1]`, `municipality.type`. */
export function formatFieldPath(segments: readonly PropertyKey[]): string {
	return segments
		.map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : `${index ? '.' : ''}${String(segment)}`))
		.join('');
}

function formatValue(value: unknown): string {
	const text = JSON.stringify(value);
	return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

/** One issue as the report prints it: `file:line: поле «x»: message (значение: …)`. */
export function formatIssue(issue: ContentIssue): string {
	const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
	const field = issue.field ? `поле «${issue.field}»: ` : '';
	const value = issue.value === undefined ? '' : ` (значение: ${formatValue(issue.value)})`;
	return `${where}: ${field}${issue.message}${value}`;
}
