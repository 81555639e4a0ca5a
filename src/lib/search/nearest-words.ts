// This module runs in the browser: it must stay free of zod and other build-time imports.

/** Edits between two words (insert, delete, replace, swap two neighbours), or `limit + 1` once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let before: number[] = [];
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
			current.push(value);
			best = Math.min(best, value);
		}
		if (best > limit) return limit + 1;
		before = previous;
		previous = current;
	}
	return previous[b.length]!;
}

/** How many edits a word of this length may be off by and still be the word meant. */
const tolerance = (word: string) => (word.length <= 4 ? 1 : word.length <= 8 ? 2 : 3);

/**
 * The words of `vocabulary` (most frequent first) nearest to a word no entry uses: the fewest
 * edits first, the more frequent among equals. «освящение» → «освещение».
 */
export function nearestWords(word: string, vocabulary: readonly string[], count = 3): string[] {
	const limit = tolerance(word);
	const scored: { word: string; distance: number; rank: number }[] = [];
	vocabulary.forEach((candidate, rank) => {
		if (candidate === word) return;
		const distance = editDistance(word, candidate, limit);
		if (distance <= limit) scored.push({ word: candidate, distance, rank });
	});
	return scored
		.sort((a, b) => a.distance - b.distance || a.rank - b.rank)
		.slice(0, count)
		.map((item) => item.word);
}
