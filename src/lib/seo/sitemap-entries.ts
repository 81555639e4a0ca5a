/**
 * Reads the sitemap that @astrojs/sitemap writes (`sitemap-index.xml` pointing at `sitemap-N.xml`)
 * into `url → lastmod`, so two deploys can be compared page by page (see indexnow.ts).
 */

/** Every URL of a sitemap with its `lastmod` as an ISO timestamp, or `undefined` for an undated page. */
export type SitemapEntries = Map<string, string | undefined>;

/** Fetches one sitemap file by its absolute URL: over HTTP from the live site, or from a built folder. */
export type SitemapLoader = (url: string) => Promise<string>;

/** The XML escapes a sitemap writer uses in text (`&amp;` in a query string, for one). */
function decodeXml(text: string): string {
	return text
		.trim()
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
		.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
		.replace(/&amp;/g, '&');
}

/**
 * One instant, one spelling: `2026-01-15` and `2026-01-15T00:00:00.000Z` are the same date, so an
 * upgrade of the sitemap writer that changes the format does not make every page look edited.
 */
function normalizeDate(text: string): string {
	const time = Date.parse(text);
	return Number.isNaN(time) ? text : new Date(time).toISOString();
}

const blocks = (xml: string, tag: string) => [...xml.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map(([, inner]) => inner!);
const field = (block: string, tag: string) => {
	const match = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(block);
	return match ? decodeXml(match[1]!) : undefined;
};

/** The `<url>`s of one `<urlset>` file. */
export function parseUrlSet(xml: string): SitemapEntries {
	const entries: SitemapEntries = new Map();
	for (const block of blocks(xml, 'url')) {
		const loc = field(block, 'loc');
		const lastmod = field(block, 'lastmod');
		if (loc) entries.set(loc, lastmod ? normalizeDate(lastmod) : undefined);
	}
	return entries;
}

/** The child sitemaps a `<sitemapindex>` lists. */
export function parseSitemapIndex(xml: string): string[] {
	return blocks(xml, 'sitemap').flatMap((block) => field(block, 'loc') ?? []);
}

/** Reads a whole sitemap from its index (a plain `<urlset>` at that address is read as it is). */
export async function readSitemap(indexUrl: string, load: SitemapLoader): Promise<SitemapEntries> {
	const index = await load(indexUrl);
	if (!/<sitemapindex[\s>]/.test(index)) return parseUrlSet(index);
	const entries: SitemapEntries = new Map();
	for (const child of parseSitemapIndex(index)) {
		for (const [url, lastmod] of parseUrlSet(await load(child))) entries.set(url, lastmod);
	}
	return entries;
}
