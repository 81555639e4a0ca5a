import { beforeAll, describe, expect, it } from 'vitest';
import { measureRelevance, readRelevanceSet, type RelevanceReport } from '../../scripts/lib/search-relevance.ts';
import { DIST } from '../setup/sites.ts';

// The relevance set on the real content, through the search page's own code in Chromium
// (what `npm run relevance` prints): each listed right entry must stay found.
describe('search relevance on the real content', () => {
	const cases = readRelevanceSet();
	let report: RelevanceReport;
	beforeAll(async () => {
		report = await measureRelevance(DIST, cases);
	});

	it('has at least 100 queries of every kind: word forms, phrases, abbreviations, synonyms, misspellings', () => {
		expect(cases.length).toBeGreaterThanOrEqual(100);
		expect(new Set(cases.map((c) => c.kind))).toEqual(new Set(['form', 'phrase', 'abbreviation', 'synonym', 'misspelling']));
	});

	it('lists every right entry of every query, except those the set names as known misses', () => {
		const dropped = report.cases.flatMap((c) => c.lost.filter((id) => !(c.missing ?? []).includes(id)).map((id) => `«${c.query}»: ${id}`));
		expect(dropped).toEqual([]);
	});

	it('meets the targets: a right entry in the first five for 95 % of queries, recall 0.9, no empty result', () => {
		expect(report.topFive).toBeGreaterThanOrEqual(0.95);
		expect(report.recall).toBeGreaterThanOrEqual(0.9);
		expect(report.cases.filter((c) => c.found.length === 0).map((c) => c.query)).toEqual([]);
	});
});
