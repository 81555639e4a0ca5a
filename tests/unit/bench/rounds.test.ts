import { describe, expect, it } from 'vitest';
import { comparePeer, median } from '../../../scripts/bench/rounds.ts';

describe('median', () => {
	it('takes the middle value, or the mean of the two middle ones', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(median([7])).toBe(7);
	});

	it('refuses no values', () => {
		expect(() => median([])).toThrow();
	});
});

describe('comparePeer', () => {
	const build = (seconds: number, gigabytes: number) => ({ wallMs: seconds * 1000, peakMemoryBytes: gigabytes * 2 ** 30 });

	it('divides project by peer within each round and takes the median of those ratios', () => {
		const result = comparePeer([
			{ project: build(30, 1.5), peer: build(20, 1.5) },
			// A slow spell on the machine hits both builds of this round.
			{ project: build(90, 1.6), peer: build(60, 1.4) },
			{ project: build(36, 1.4), peer: build(20, 1.6) },
		]);
		expect(result.ratio.wallTime).toBeCloseTo(1.5);
		expect(result.ratio.peakMemory).toBeCloseTo(1);
		expect(result.median.project).toEqual(build(36, 1.5));
		expect(result.median.peer).toEqual(build(20, 1.5));
	});
});
