// This module runs in the browser (the search page) and at build time (the index's expansions):
// it must stay free of zod and other build-time imports.
import { stemmer } from '@orama/stemmers/russian';

/** Lower case with ё as е: how readers type, and how Pagefind folds letters. */
export function normalizeText(text: string): string {
	return text.toLowerCase().replace(/ё/g, 'е');
}

/** The words of a text, normalised: letters and digits, split at everything else (hyphens too, as Pagefind does). */
export function splitWords(text: string): string[] {
	return normalizeText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Words that carry no topic. Every entry has them, so in a query they only slow the search
 * (their index chunks are the largest) and, in the any-word fallback, match everything.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
	'в во на по для с со о об от до к ко из за у и а но или не ни что как при под над без же ли бы то это его ее их мы вы они он она'.split(
		' ',
	),
);

const stems = new Map<string, string>();

/**
 * A word's Snowball stem, the algorithm Pagefind indexes Russian pages with: «школьный»,
 * «школьных» and «школьные» all give «школьн». Pagefind matches query words as prefixes of
 * the indexed stems, so a stem finds every form of its word.
 */
export function stemWord(word: string): string {
	let stem = stems.get(word);
	if (stem === undefined) {
		// Latin words, numbers and abbreviations of two or three letters pass unchanged.
		stem = /[а-я]/.test(word) && word.length > 3 ? stemmer(word) : word;
		if (stems.size > 50_000) stems.clear();
		stems.set(word, stem);
	}
	return stem;
}

/** A query's topic words, normalised: stop words go unless nothing else is left. */
export function queryWords(query: string): string[] {
	const words = splitWords(query);
	const topical = words.filter((word) => !STOP_WORDS.has(word));
	return topical.length ? topical : words;
}

/**
 * Stems to try for a word: its Snowball stem and, for a stem ending in a fleeting vowel
 * («площадок», «посёлок»), the stem without it, which the word's other forms share («площадк»).
 */
export function stemVariants(word: string): string[] {
	const stem = stemWord(word);
	return /[^аеиоуыэюя][ое]к$/.test(stem) && stem.length >= 5 ? [stem, `${stem.slice(0, -2)}${stem.slice(-1)}`] : [stem];
}
