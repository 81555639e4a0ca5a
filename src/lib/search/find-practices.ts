// This module runs in the browser: the search page and the relevance command (scripts/search-relevance.ts)
// both search through it (src/scripts/search/run-query.ts). It must stay free of zod and other build-time imports.
import type { Pagefind, PagefindResult, PagefindSearch } from '../../scripts/search/pagefind.ts';
import { queryWords, splitWords, stemVariants } from './search-words.ts';

export type SearchOptions = NonNullable<Parameters<Pagefind['search']>[1]>;

/** The glossary's abbreviations (lower case) with their full forms: `{ ии: 'искусственный интеллект' }`. */
export type Abbreviations = Readonly<Record<string, string>>;

/** What a query found, and how. */
export interface FoundPractices {
	results: PagefindResult[];
	/**
	 * `all`: the first `complete` results have every word of the query (the rest, when they are
	 * few, have some); `some`: no entry has them all, so the entries with most of them, ranked by
	 * how many, then by Pagefind's score; `none`: nothing matched.
	 */
	match: 'all' | 'some' | 'none';
	/** How many of the first results have every word. */
	complete: number;
	/** Facet counts, exact for the entries with every word (Pagefind's own); empty for `some`. */
	filters: PagefindSearch['filters'];
	/** Query words that no entry uses in any form (most often misspelt): the page suggests words for them. */
	unknown: string[];
}

/** Fewer entries with every word than this, and those with some of them are listed after them. */
const FEW = 5;

/**
 * The words a search matched in its best result: Pagefind gives their positions in the page's
 * text. Its fragment is the one the page shows first, so reading it costs no extra request.
 */
async function matchedWords(search: PagefindSearch): Promise<string[]> {
	const top = search.results[0];
	if (!top) return [];
	const { content, locations } = await top.data();
	const words = content.split(/\s+/);
	return [...new Set(locations.flatMap((at) => splitWords(words[at] ?? '')))];
}

/**
 * Whether a search matched words that start with each stem. Pagefind, finding no indexed word
 * with a prefix, silently searches a shorter one («освящен» becomes «о»): then no matched word
 * starts with the stem.
 */
async function matchesStems(search: PagefindSearch, stems: readonly string[]): Promise<boolean> {
	const matched = await matchedWords(search);
	return stems.every((stem) => matched.some((word) => word.startsWith(stem)));
}

/** The stem a word is found by, or undefined when no entry uses it (under these filters or at all). */
async function findStem(
	pagefind: Pagefind,
	word: string,
	options: SearchOptions,
): Promise<{ stem: string; search: PagefindSearch } | undefined> {
	for (const stem of stemVariants(word)) {
		const search = await pagefind.search(stem, options);
		if (await matchesStems(search, [stem])) return { stem, search };
	}
	return undefined;
}

/**
 * Entries whose title or summary holds the query first, the others after, each group in Pagefind's
 * order: a practice that is about the query outranks one that mentions it often in passing, which
 * Pagefind's term frequency alone can favour.
 */
function aboutFirst(results: readonly PagefindResult[]): PagefindResult[] {
	const about = (result: PagefindResult) => (result.matchedMetaFields ?? []).length > 0;
	return [...results.filter(about), ...results.filter((result) => !about(result))];
}

/**
 * The entries with every word, those about the query first; when they are few, the entries of the
 * single words' searches follow, ranked by how many words they have.
 */
function withPartialMatches(whole: PagefindSearch, single: readonly PagefindSearch[]): PagefindResult[] {
	const more = whole.results.length < FEW ? rankByWords(single, new Set(whole.results.map((result) => result.id))) : [];
	return [...aboutFirst(whole.results), ...more];
}

/** The entries of several searches, those found by more of them first, then by summed score. */
function rankByWords(searches: readonly PagefindSearch[], except: ReadonlySet<string> = new Set()): PagefindResult[] {
	const found = new Map<string, { result: PagefindResult; words: number; score: number }>();
	for (const search of searches) {
		for (const result of search.results) {
			if (except.has(result.id)) continue;
			const seen = found.get(result.id);
			if (seen) {
				seen.words += 1;
				seen.score += result.score;
			} else found.set(result.id, { result, words: 1, score: result.score });
		}
	}
	return [...found.values()].sort((a, b) => b.words - a.words || b.score - a.score).map(({ result }) => result);
}

/**
 * Searches as the search page does. Each word is stemmed with the index's own algorithm first:
 * Pagefind matches query words as prefixes of the indexed stems, so «школьный», «школьных» and
 * «школьные» all find the entry that says «Школьные автобусы». A word no entry uses is left out
 * and reported; when no entry has every other word, the entries with most of them are listed.
 */
export async function findPractices(
	pagefind: Pagefind,
	query: string,
	options: SearchOptions = {},
	abbreviations: Abbreviations = {},
): Promise<FoundPractices> {
	const words = withFullForms(queryWords(query), abbreviations);
	if (words.length === 0) {
		const search = await pagefind.search(null, options);
		return {
			results: search.results,
			match: search.results.length ? 'all' : 'none',
			complete: search.results.length,
			filters: search.filters,
			unknown: [],
		};
	}
	// Most queries: one search with every word's stem, whose best result shows each stem matched.
	const stems = words.map((word) => stemVariants(word)[0]!);
	const direct = await pagefind.search(stems.join(' '), options);
	if (direct.results.length && (await matchesStems(direct, stems))) {
		const single =
			direct.results.length < FEW && stems.length > 1 ? await Promise.all(stems.map((stem) => pagefind.search(stem, options))) : [];
		return {
			results: withPartialMatches(direct, single),
			match: 'all',
			complete: direct.results.length,
			filters: direct.filters,
			unknown: [],
		};
	}
	// Some word matched only through a shorter prefix, or no entry has them all: word by word.
	const found = await Promise.all(words.map((word) => findStem(pagefind, word, options)));
	const known = found.flatMap((item) => (item ? [item] : []));
	const unknown = await wordsInNoEntry(pagefind, words, found, options);
	if (known.length === 0) return { results: [], match: 'none', complete: 0, filters: {}, unknown };

	const whole = known.length === 1 ? known[0]!.search : await pagefind.search(known.map((item) => item.stem).join(' '), options);
	const complete = whole.results.length;
	if (complete === 0) return { results: rankByWords(known.map((item) => item.search)), match: 'some', complete: 0, filters: {}, unknown };
	// Few entries have every word: those with some of them follow, so a reader who used one word
	// the entries do not still sees them.
	return {
		results: withPartialMatches(whole, known.length > 1 ? known.map((item) => item.search) : []),
		match: unknown.length ? 'some' : 'all',
		complete,
		filters: whole.filters,
		unknown,
	};
}

/**
 * Pagefind cannot search a two-letter abbreviation as typed: it stems «ИИ» to nothing and lists
 * every entry. Every page that uses an abbreviation also carries its full form
 * (glossary-expansion.ts), so such an abbreviation is searched by its full form.
 */
function withFullForms(words: string[], abbreviations: Abbreviations): string[] {
	return words.flatMap((word) => {
		const full = abbreviations[word];
		return full && word.length <= 2 ? queryWords(full) : [word];
	});
}

/** The words found nowhere: under filters, a word found nothing may still be in another entry. */
async function wordsInNoEntry(
	pagefind: Pagefind,
	words: string[],
	found: readonly (object | undefined)[],
	options: SearchOptions,
): Promise<string[]> {
	const filtered = Object.keys(options.filters ?? {}).length > 0;
	const inNone = await Promise.all(
		words.map(async (word, i) => (found[i] ? false : !filtered || (await findStem(pagefind, word, {})) === undefined)),
	);
	// The words are normalised already (queryWords).
	return words.filter((_, i) => inNone[i]);
}
