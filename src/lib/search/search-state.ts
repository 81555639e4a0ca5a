/** The facets a search can be narrowed by; each is one Pagefind filter key. */
export const FACETS = ['sphere', 'region', 'mechanism', 'payer', 'cost', 'kind', 'programme', 'year'] as const;
export type Facet = (typeof FACETS)[number];

/** Facet headings on the search page. */
export const FACET_TITLES: Record<Facet, string> = {
	sphere: 'Сфера',
	region: 'Регион',
	mechanism: 'Механизм',
	payer: 'Кто платил',
	cost: 'Стоимость',
	kind: 'Вид',
	programme: 'Программа',
	year: 'Год',
};

/** Facet values are slugs in the index and the URL; the page maps them to Russian names with this. */
export type FacetLabels = Record<Facet, Record<string, string>>;

// This module runs in the browser: it must stay free of zod and other build-time imports.

export type SortOrder = 'relevance' | 'date';

/** Everything a search is: what lives in the URL, so it can be shared and restored. */
export interface SearchState {
	query: string;
	/** One chosen value per facet at most: single choice keeps the shown counts exact. */
	filters: Partial<Record<Facet, string>>;
	sort: SortOrder;
}

/** Reads a search from a URL's query string: `?q=…&sphere=…&sort=date`. */
export function readSearchState(search: string): SearchState {
	const params = new URLSearchParams(search);
	const filters: SearchState['filters'] = {};
	for (const facet of FACETS) {
		const value = params.get(facet);
		if (value) filters[facet] = value;
	}
	return { query: (params.get('q') ?? '').trim(), filters, sort: params.get('sort') === 'date' ? 'date' : 'relevance' };
}

/** Writes a search as a query string, in a fixed order so equal searches give equal URLs. */
export function writeSearchState(state: SearchState): string {
	const params = new URLSearchParams();
	if (state.query) params.set('q', state.query);
	for (const facet of FACETS) {
		const value = state.filters[facet];
		if (value) params.set(facet, value);
	}
	if (state.sort === 'date') params.set('sort', 'date');
	const text = params.toString();
	return text ? `?${text}` : '';
}

/** Pagefind's filter argument for a state. */
export function toPagefindFilters(state: SearchState): Record<string, string> {
	return Object.fromEntries(Object.entries(state.filters).filter(([, value]) => Boolean(value))) as Record<string, string>;
}
