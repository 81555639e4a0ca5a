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
	/** Entries citing two or more sources, stating their cost, with a «Как повторить» section. */
	withTwoSources: number;
	withCost: number;
	withHowTo: number;
	/** Entries that name at least one mechanism, and every mechanism with its entries. */
	withMechanism: number;
	byMechanism: { id: string; name: string; count: number }[];
}

export function summarizeCoverage(
	practices: readonly CheckedPractice[],
	spheres: readonly { id: string; name: string }[],
	sourceCount: number,
	mechanisms: readonly { id: string; name: string }[] = [],
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
		withTwoSources: count((practice) => practice.sourceCount >= 2),
		withCost: count((practice) => practice.hasCost),
		withHowTo: count((practice) => practice.hasHowTo),
		withMechanism: count((practice) => practice.mechanisms.length > 0),
		byMechanism: mechanisms.map(({ id, name }) => ({ id, name, count: count((practice) => practice.mechanisms.includes(id)) })),
	};
}

const share = (count: number, of: number) => `${count} (${of ? Math.round((count / of) * 100) : 0} %)`;

/** The coverage as a few Russian lines for the terminal. */
export function formatCoverage(coverage: Coverage): string[] {
	return [
		`По видам: ${coverage.byKind.map(({ label, count }) => `${label} — ${count}`).join('; ')}.`,
		`По сферам: ${coverage.bySphere.map(({ name, count }) => `${name} — ${count}`).join('; ')}.`,
		`Регионов: ${coverage.regions}; практик муниципалитетов: ${coverage.municipal}; источников: ${coverage.sources}.`,
		`С двумя и более источниками: ${share(coverage.withTwoSources, coverage.published)}; со стоимостью: ${share(coverage.withCost, coverage.published)}; с разделом «Как повторить»: ${share(coverage.withHowTo, coverage.published)}; с механизмом: ${share(coverage.withMechanism, coverage.published)}.`,
		`По механизмам: ${coverage.byMechanism.map(({ name, count }) => `${name} — ${count}`).join('; ')}.`,
	];
}
