import { createHash } from 'node:crypto';
import path from 'node:path';
import { hashFiles, packageVersion } from '../fingerprint.ts';
import { glossaryExpansions } from '../search/glossary-expansion.ts';
import { normalizeText } from '../search/search-words.ts';
import { thesaurusExpansions } from '../search/thesaurus-expansion.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';
import { getGlossary } from './get-glossary.ts';
import { getSearchConcepts } from './get-search-concepts.ts';

/**
 * Search-only text on an entry's page: the other form of every abbreviation its title, summary and
 * text use, then the other words of every thesaurus concept they use (content/thesaurus.yaml).
 */
export function practiceSearchExpansions(
	data: { title: string; summary: string },
	body: string,
	glossary: readonly GlossaryTerm[],
	concepts: readonly (readonly string[])[] = getSearchConcepts(),
): string[] {
	const text = `${data.title} ${data.summary} ${body}`;
	// A full form can be both an abbreviation's and a concept's word: it is added once.
	const byWords = new Map<string, string>();
	for (const expansion of [...glossaryExpansions(text, glossary), ...thesaurusExpansions(text, concepts)]) {
		const key = normalizeText(expansion);
		if (!byWords.has(key)) byWords.set(key, expansion);
	}
	return [...byWords.values()];
}

/** What an entry's expansions are made by: the search's code, its stemmer and the concepts (a cache key). */
export function searchExpansionsFingerprint(contentDir: string): string {
	const hash = hashFiles(createHash('sha256'), path.join(import.meta.dirname, '../search'), ['.']);
	return hash
		.update(packageVersion('@orama/stemmers', import.meta.url))
		.update(JSON.stringify(getSearchConcepts(contentDir)))
		.digest('hex');
}

/** Between the parts of a practice page's search-only text. */
export const SEARCH_TEXT_SEPARATOR = ' · ';

/**
 * A practice page's search-only text: its place names, then the expansions. The expansions come
 * last, so a rebuild can replace them at the end (scripts/build/patch-practice-pages.ts).
 */
export function practiceSearchText(places: readonly (string | undefined)[], expansions: readonly string[]): string {
	return [...places, ...expansions].filter(Boolean).join(SEARCH_TEXT_SEPARATOR);
}

/** Where practice-loader.ts keeps them for a body it rendered, whose text it does not keep. */
export const SEARCH_EXPANSIONS = 'searchExpansions';

/** An entry's expansions: kept by the loader, or, for a body left to the MDX compiler, computed from its text. */
export function searchExpansionsOf(entry: {
	data: { title: string; summary: string };
	body?: string;
	rendered?: { metadata?: Record<string, unknown> };
}): string[] {
	const kept = entry.rendered?.metadata?.[SEARCH_EXPANSIONS];
	return Array.isArray(kept) ? (kept as string[]) : practiceSearchExpansions(entry.data, entry.body ?? '', getGlossary());
}
