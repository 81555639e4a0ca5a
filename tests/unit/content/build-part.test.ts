import { describe, expect, it } from 'vitest';
import {
	formatBuildPart,
	parseBuildPart,
	planBuildParts,
	practiceFilesOf,
	rendersListings,
	rendersPracticePages,
} from '../../../src/lib/content/build-part.ts';

const files = (n: number) => Array.from({ length: n }, (_, i) => `p-${String(i).padStart(5, '0')}.mdx`);

describe('planBuildParts', () => {
	it('keeps a site of at most one run of files whole', () => {
		expect(planBuildParts(0, 10)).toEqual([{ kind: 'whole' }]);
		expect(planBuildParts(10, 10)).toEqual([{ kind: 'whole' }]);
	});

	it('renders the lists first, then slices that cover every file exactly once, none empty or over the limit', () => {
		for (const [count, perRun] of [[11, 10], [12, 5], [10_000, 2500], [10_001, 2500], [9, 2], [7, 3]] as const) {
			const all = files(count);
			const plan = planBuildParts(count, perRun);
			expect(plan[0]).toEqual({ kind: 'listings' });
			expect(practiceFilesOf(plan[0]!, all)).toEqual([]);
			const slices = plan.slice(1).map((part) => practiceFilesOf(part, all));
			expect(slices.length).toBe(Math.ceil(count / perRun));
			expect(slices.flat()).toEqual(all);
			for (const slice of slices) {
				expect(slice.length).toBeGreaterThan(0);
				expect(slice.length).toBeLessThanOrEqual(perRun);
			}
		}
	});
});

describe('BUILD_PART', () => {
	it('round-trips every planned part through the environment variable', () => {
		for (const part of planBuildParts(12, 5)) expect(parseBuildPart(formatBuildPart(part))).toEqual(part);
		expect(parseBuildPart(undefined)).toEqual({ kind: 'whole' });
	});

	it('rejects a value it does not know, saying what it expects', () => {
		for (const value of ['practices-0-of-3', 'practices-4-of-3', 'practice-1-of-2', 'all']) {
			expect(() => parseBuildPart(value)).toThrow(/ожидается whole, listings, practices-K-of-N .* или files:/);
		}
	});

	it('gives the lists to the whole and listings runs, practice pages to the whole and slice runs', () => {
		const [listings, slice] = planBuildParts(12, 5);
		expect([{ kind: 'whole' as const }, listings!, slice!].map((part) => [rendersListings(part), rendersPracticePages(part)])).toEqual([
			[true, true],
			[true, false],
			[false, true],
		]);
	});
});
