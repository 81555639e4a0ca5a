import { findPractices, type Abbreviations, type FoundPractices, type SearchOptions } from '../../lib/search/find-practices.ts';
import type { Pagefind } from './pagefind.ts';
import { suggestQueries } from './suggest-queries.ts';

/** A search as the page shows it: what was found, and what the page offers or did instead. */
export interface QueryOutcome extends FoundPractices {
	/** Corrected queries to offer («Возможно, вы искали: …»), when a word of the query is in no entry. */
	suggestions: string[];
	/** When nothing matched the query at all, the corrected query whose results are shown instead. */
	correctedTo?: string;
}

/**
 * Runs a reader's query: the search page and the relevance command (scripts/search-relevance.ts)
 * both go through here. A query with a word no entry uses gets suggestions, and the first
 * suggestion's entries are shown when they have all its words: a misspelling is no dead end.
 */
export async function runQuery(
	pagefind: Pagefind,
	query: string,
	options: SearchOptions = {},
	abbreviations: Abbreviations = {},
): Promise<QueryOutcome> {
	const found = await findPractices(pagefind, query, options, abbreviations);
	if (!found.unknown.length) return { ...found, suggestions: [] };
	const suggestions = await suggestQueries(pagefind, query, found.unknown);
	if (!suggestions.length) return { ...found, suggestions };
	// The misspelt word meant something: the corrected query's entries beat those found without it.
	const corrected = await findPractices(pagefind, suggestions[0]!, options, abbreviations);
	return corrected.match === 'all'
		? { ...corrected, unknown: found.unknown, suggestions, correctedTo: suggestions[0]! }
		: { ...found, suggestions };
}
