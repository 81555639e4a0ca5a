/** The part of Pagefind's browser API this site uses. */
export interface PagefindResultData {
	url: string;
	excerpt: string;
	/** The page's indexed text, and the positions of the matched words in it (split at whitespace). */
	content: string;
	locations: number[];
	meta: Record<string, string>;
}
export interface PagefindResult {
	id: string;
	score: number;
	/** The meta fields the query matched (`title`, `summary`), when any. */
	matchedMetaFields?: string[];
	data: () => Promise<PagefindResultData>;
}
export interface PagefindSearch {
	results: PagefindResult[];
	filters: Record<string, Record<string, number>>;
	unfilteredResultCount: number;
}
export interface Pagefind {
	options(options: object): Promise<void>;
	init(): Promise<void>;
	search(
		query: string | null,
		options?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> },
	): Promise<PagefindSearch>;
	filters(): Promise<Record<string, Record<string, number>>>;
}

/**
 * Pagefind's options, shared by the search page and the relevance command. Repeated mentions
 * saturate quickly (termSaturation), so an entry that names «котельная» six times in passing does
 * not outrank one whose title and summary say it; short pages are not favoured much (pageLength).
 */
export const PAGEFIND_OPTIONS = {
	excerptLength: 24,
	ranking: { termSaturation: 0.6, termFrequency: 1.0, pageLength: 0.3, termSimilarity: 1.0 },
} as const;

let loading: Promise<Pagefind> | undefined;

/**
 * Loads Pagefind once, on demand: its script and index are fetched only on the search page,
 * when a search is in the URL or the field gets focus, never on ordinary page loads.
 */
export function loadPagefind(): Promise<Pagefind> {
	loading ??= (async () => {
		// A runtime URL, not a module the bundler should resolve: Pagefind's files exist only after indexing.
		const url = '/pagefind/pagefind.js';
		const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
		await pagefind.options(PAGEFIND_OPTIONS);
		await pagefind.init();
		// Searches report facet counts only once the filter index is loaded.
		await pagefind.filters();
		return pagefind;
	})();
	return loading;
}
