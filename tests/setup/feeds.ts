/** Decodes the five XML entities and unwraps CDATA, as an RSS reader would. */
export function decodeXmlText(text: string): string {
	const cdata = /^<!\[CDATA\[([\s\S]*)\]\]>$/.exec(text.trim());
	if (cdata) return cdata[1]!;
	return text
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
		.replace(/&amp;/g, '&');
}

/** The `<item>`s of an RSS document with their decoded `title`, `link` and `description`. */
export function rssItems(xml: string): { title: string; link: string; description: string }[] {
	return [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map(([, item]) => {
		const get = (tag: string) => decodeXmlText(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(item!)?.[1] ?? '');
		return { title: get('title'), link: get('link'), description: get('description') };
	});
}

/** `<loc>` values of a sitemap. */
export function sitemapUrls(xml: string): string[] {
	return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => decodeXmlText(loc!));
}

/** Parses RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const char = text[i]!;
		if (quoted) {
			if (char === '"' && text[i + 1] === '"') ((cell += '"'), i++);
			else if (char === '"') quoted = false;
			else cell += char;
		} else if (char === '"') quoted = true;
		else if (char === ',') (row.push(cell), (cell = ''));
		else if (char === '\n' || char === '\r') {
			if (char === '\r' && text[i + 1] === '\n') i++;
			(row.push(cell), rows.push(row), (row = []), (cell = ''));
		} else cell += char;
	}
	if (cell || row.length) (row.push(cell), rows.push(row));
	return rows;
}
