// This module runs in the browser: it must stay free of zod and other build-time imports.

/** Wait after a keystroke before searching: short enough that results follow the typing. */
export const TYPING_DELAY_MS = 60;

/**
 * Wait when the last word so far has one or two letters. Pagefind matches the last word as a
 * prefix, and a prefix that short hits the most common words («в», «к», «о», «на»…), whose index
 * chunks are the largest: at 10,000 practices one such chunk weighs more than 100 KB. The
 * reader is almost always mid-word there, so the search waits for a pause, not a keystroke.
 * Two-letter abbreviations («УК», «ТО») are still searched, only a moment later. An emptied
 * field waits as long: the reader is about to type a new query, and listing every practice
 * (the empty search) is the slowest search there is at 10,000 entries.
 */
export const SHORT_WORD_DELAY_MS = 500;

/** How long to wait after the field changed to `value` before searching for it. */
export function typingDelay(value: string): number {
	if (!value.trim()) return SHORT_WORD_DELAY_MS;
	const lastWord = /(\S+)$/u.exec(value)?.[1];
	return lastWord && lastWord.length < 3 ? SHORT_WORD_DELAY_MS : TYPING_DELAY_MS;
}
