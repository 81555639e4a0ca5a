import { glossaryExpansions } from '../search/glossary-expansion.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';
import { getGlossary } from './get-glossary.ts';

/** The other form of every abbreviation an entry's title, summary and text use (search-only text on its page). */
export function practiceSearchExpansions(data: { title: string; summary: string }, body: string, glossary: readonly GlossaryTerm[]): string[] {
	return glossaryExpansions(`${data.title} ${data.summary} ${body}`, glossary);
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
