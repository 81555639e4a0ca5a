import { glossaryExpansions } from '../search/glossary-expansion.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';
import { getGlossary } from './get-glossary.ts';

/** The other form of every abbreviation an entry's title, summary and text use (search-only text on its page). */
export function practiceSearchExpansions(data: { title: string; summary: string }, body: string, glossary: readonly GlossaryTerm[]): string[] {
	return glossaryExpansions(`${data.title} ${data.summary} ${body}`, glossary);
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
