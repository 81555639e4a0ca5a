import { STOP_WORDS, splitWords } from './search-words.ts';

/**
 * The words a search may suggest for a misspelt one, most frequent first. Short words are left
 * out: they are seldom the misspelt ones, and a one-letter slip in a three-letter word lands on
 * too many others.
 */
export function suggestionWords(texts: Iterable<string>): string[] {
	const counts = new Map<string, number>();
	for (const text of texts) {
		for (const word of new Set(splitWords(text))) {
			if (word.length < 4 || STOP_WORDS.has(word) || /\d/.test(word)) continue;
			counts.set(word, (counts.get(word) ?? 0) + 1);
		}
	}
	return [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b, 'ru')).map(([word]) => word);
}
