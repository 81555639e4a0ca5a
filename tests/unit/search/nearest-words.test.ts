import { describe, expect, it } from 'vitest';
import { editDistance, nearestWords } from '../../../src/lib/search/nearest-words.ts';

describe('editDistance', () => {
	it('counts insertions, deletions, replacements and swaps of neighbours', () => {
		expect(editDistance('освящение', 'освещение', 3)).toBe(1);
		expect(editDistance('школный', 'школьный', 3)).toBe(1);
		expect(editDistance('кательная', 'котельная', 3)).toBe(1);
		expect(editDistance('водоправот', 'водопровод', 3)).toBe(2);
		expect(editDistance('вдоа', 'вода', 3)).toBe(1);
	});

	it('stops once the limit is passed', () => {
		expect(editDistance('дорога', 'освещение', 2)).toBe(3);
	});
});

describe('nearestWords', () => {
	const vocabulary = ['освещения', 'освещение', 'освоение', 'школьных', 'котельная'];

	it('offers the nearest words, fewest edits first, the more frequent among equals', () => {
		expect(nearestWords('освящение', vocabulary)).toEqual(['освещение', 'освещения', 'освоение']);
		expect(nearestWords('кательная', vocabulary)).toEqual(['котельная']);
	});

	it('offers nothing too far off, and never the word itself', () => {
		expect(nearestWords('брендбук', vocabulary)).toEqual([]);
		expect(nearestWords('котельная', vocabulary)).toEqual([]);
	});
});
