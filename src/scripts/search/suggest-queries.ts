import { nearestWords } from '../../lib/search/nearest-words.ts';
import { normalizeText, splitWords } from '../../lib/search/search-words.ts';
import { findPractices } from '../../lib/search/find-practices.ts';
import type { Pagefind } from './pagefind.ts';

let words: Promise<string[]> | undefined;

/** The entries' words (src/pages/search/words.json.ts), fetched the first time a query word is in no entry. */
function loadWords(): Promise<string[]> {
	words ??= fetch('/search/words.json').then((response) => (response.ok ? (response.json() as Promise<string[]>) : []));
	return words;
}

/**
 * Queries to offer for one whose `unknown` words no entry uses: each unknown word replaced by the
 * nearest words that are, keeping the others, and only those corrected queries that find entries.
 * For «освящение улиц»: «освещение улиц».
 */
export async function suggestQueries(pagefind: Pagefind, query: string, unknown: readonly string[]): Promise<string[]> {
	const vocabulary = await loadWords().catch(() => []);
	const original = splitWords(query);
	const candidates = new Set<string>();
	// One word corrected at a time, its nearest candidates first.
	for (const word of unknown) {
		for (const near of nearestWords(word, vocabulary)) {
			candidates.add(original.map((other) => (other === word ? near : other)).join(' '));
		}
	}
	const found: string[] = [];
	for (const candidate of candidates) {
		if (found.length === 2) break;
		if (normalizeText(candidate) === normalizeText(query)) continue;
		if ((await findPractices(pagefind, candidate)).match === 'all') found.push(candidate);
	}
	return found;
}
