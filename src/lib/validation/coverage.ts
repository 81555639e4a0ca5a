import { PRACTICE_KINDS, type PracticeKind } from '../schemas/index.ts';
import type { CheckedPractice } from './check-content.ts';

/** How much of the base's scope the published entries cover: what `npm run check` prints last. */
export interface Coverage {
	published: number;
	byKind: { kind: PracticeKind; label: string; count: number }[];
	/** Every sphere of content/spheres.yaml in its order, with the entries that list it (main or not). */
	bySphere: { id: string; name: string; count: number }[];
	regions: number;
	/** Entries that name a municipality, i.e. practices below the regional level. */
	municipal: number;
	sources: number;
}

export function summarizeCoverage(
	practices: readonly CheckedPractice[],
	spheres: readonly { id: string; name: string }[],
	sourceCount: number,
): Coverage {
	const published = practices.filter((practice) => !practice.draft);
	const count = (test: (practice: CheckedPractice) => boolean) => published.filter(test).length;
	return {
		published: published.length,
		byKind: (Object.keys(PRACTICE_KINDS) as PracticeKind[]).map((kind) => ({
			kind,
			label: PRACTICE_KINDS[kind],
			count: count((practice) => practice.kind === kind),
		})),
		bySphere: spheres.map(({ id, name }) => ({ id, name, count: count((practice) => practice.spheres.includes(id)) })),
		regions: new Set(published.map((practice) => practice.region)).size,
		municipal: count((practice) => practice.municipality !== undefined),
		sources: sourceCount,
	};
}

/** The coverage as a few Russian lines for the terminal. */
export function formatCoverage(coverage: Coverage): string[] {
	return [
		`По видам: ${coverage.byKind.map(({ label, count }) => `${label} — ${count}`).join('; ')}.`,
		`По сферам: ${coverage.bySphere.map(({ name, count }) => `${name} — ${count}`).join('; ')}.`,
		`Регионов: ${coverage.regions}; практик муниципалитетов: ${coverage.municipal}; источников: ${coverage.sources}.`,
	];
}
