/** Levenshtein distance; small inputs only (slugs), so the plain O(n·m) table is fine. */
function distance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
		}
		previous = current;
	}
	return previous[b.length];
}

/**
 * The candidate an editor most likely meant: one that starts with what they typed
 * (`housing` → `housing-utilities`), else the nearest by edit distance if close enough.
 */
export function suggestClosest(value: string, candidates: readonly string[]): string | undefined {
	if (value.length >= 4) {
		const extended = candidates.find((candidate) => candidate.startsWith(value));
		if (extended) return extended;
	}
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const candidate of candidates) {
		const d = distance(value, candidate);
		if (d < bestDistance) [best, bestDistance] = [candidate, d];
	}
	return bestDistance <= Math.max(2, Math.floor(value.length / 3)) ? best : undefined;
}
