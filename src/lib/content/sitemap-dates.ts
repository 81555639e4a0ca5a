import { toDateText } from '../schemas/partial-date.ts';
import type { PracticeFrontmatter } from './practice-frontmatter-loader.ts';

/** A full day (`YYYY-MM-DD`), from however YAML read it (a Date, or text when quoted). */
function day(value: unknown): string | undefined {
	const text = toDateText(value);
	return typeof text === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : undefined;
}

const newest = (dates: Map<string, string>, key: string, date: string) => {
	if ((dates.get(key) ?? '') < date) dates.set(key, date);
};

/**
 * `lastmod` for the sitemap, by site path: a practice's page carries its `updated` date (else
 * `added`); a hub, every page of a paginated list, and the home page carry the newest date of
 * the practices they list. Search engines (Yandex first) use it to recrawl only what changed.
 */
export function sitemapDates(practices: readonly PracticeFrontmatter[]): (sitePath: string) => string | undefined {
	const dates = new Map<string, string>();
	for (const { id, frontmatter } of practices) {
		if (frontmatter.draft === true) continue;
		const date = day(frontmatter.updated) ?? day(frontmatter.added);
		if (!date) continue;
		dates.set(`/practices/${id}/`, date);
		newest(dates, '/', date);
		newest(dates, '/practices/', date);
		const hubs = [
			...(Array.isArray(frontmatter.spheres) ? frontmatter.spheres.map((sphere) => `/spheres/${sphere}/`) : []),
			...(Array.isArray(frontmatter.sources) ? frontmatter.sources.map((source) => `/sources/${source}/`) : []),
			typeof frontmatter.region === 'string' ? `/regions/${frontmatter.region}/` : undefined,
			typeof frontmatter.programme === 'string' ? `/programmes/${frontmatter.programme}/` : undefined,
		];
		for (const hub of hubs) if (hub) newest(dates, hub, date);
	}
	// Page N of a list (`/spheres/transport/page/2/`) changes whenever its first page does.
	return (sitePath) => dates.get(sitePath.replace(/page\/\d+\/$/, ''));
}
