/** One page of a paginated list. */
export interface Page<T> {
	items: T[];
	/** 1-based. */
	number: number;
	total: number;
	/** URL of this page; page 1 lives at the list's base URL, page N at `base/page/N/`. */
	url: string;
	prevUrl?: string;
	nextUrl?: string;
	/** URLs of every page, for the page-number links. */
	urls: string[];
}

/** URL of page `number` of the list at `base` (which ends with a slash). */
export function pageUrl(base: string, number: number): string {
	return number === 1 ? base : `${base}page/${number}/`;
}

/**
 * Splits a list into pages of `size`. An empty list still has one (empty) page, so that a
 * hub of a sphere with no practices yet is a real page that says so, not a 404.
 */
export function paginate<T>(items: readonly T[], size: number, base: string): Page<T>[] {
	const total = Math.max(1, Math.ceil(items.length / size));
	const urls = Array.from({ length: total }, (_, index) => pageUrl(base, index + 1));
	return urls.map((url, index) => ({
		items: items.slice(index * size, (index + 1) * size),
		number: index + 1,
		total,
		url,
		prevUrl: urls[index - 1],
		nextUrl: urls[index + 1],
		urls,
	}));
}
