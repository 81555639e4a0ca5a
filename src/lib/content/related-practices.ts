/** What relatedness is judged on. */
export interface RelatedInput {
	id: string;
	spheres: readonly string[];
	region: string;
	programme?: string;
	/** Title and summary: shared significant words count as shared terms. */
	text: string;
}

export const RELATED_WEIGHTS = { sphere: 3, region: 2, programme: 1, term: 1 } as const;
export const MAX_TERM_SCORE = 3;

/**
 * Significant word stems: lower-cased Cyrillic/Latin words of 5+ letters cut to 5 letters,
 * a crude stem that makes «инвестиционная» and «инвестиций» meet without a dictionary.
 */
export function termsOf(text: string): Set<string> {
	const words = text.toLowerCase().replace(/ё/g, 'е').match(/[a-zа-я]{5,}/g) ?? [];
	return new Set(words.map((word) => word.slice(0, 5)));
}

/** A practice reduced to small integers, so that comparing two costs a few array reads. */
interface Prepared {
	id: string;
	spheres: Int32Array;
	region: number;
	/** -1 when the practice has no programme. */
	programme: number;
	/** Interned term ids, ascending, for a merge-style intersection. */
	terms: Int32Array;
}

function interner() {
	const ids = new Map<string, number>();
	return (value: string) => {
		let id = ids.get(value);
		if (id === undefined) ids.set(value, (id = ids.size));
		return id;
	};
}

/** Shared terms between two ascending id lists, stopping once `cap` is reached. */
function sharedTerms(a: Int32Array, b: Int32Array, cap: number): number {
	let shared = 0;
	for (let i = 0, j = 0; i < a.length && j < b.length && shared < cap; ) {
		if (a[i] === b[j]) {
			shared++;
			i++;
			j++;
		} else if (a[i]! < b[j]!) i++;
		else j++;
	}
	return shared;
}

/** The score without terms: shared spheres, same region, same programme. */
function structuralScore(target: Prepared, candidate: Prepared): number {
	let score = 0;
	for (const sphere of candidate.spheres) if (target.spheres.includes(sphere)) score += RELATED_WEIGHTS.sphere;
	if (candidate.region === target.region) score += RELATED_WEIGHTS.region;
	if (target.programme >= 0 && candidate.programme === target.programme) score += RELATED_WEIGHTS.programme;
	return score;
}

/**
 * Builds a lookup of the practices most related to each one, best first: shared spheres weigh
 * most, then the same region, the same programme and shared terms (at most MAX_TERM_SCORE).
 * Never the practice itself, never one with nothing in common; ties are broken by id so that
 * builds are reproducible.
 *
 * Every practice page asks once, so a build compares N² pairs. Each comparison is kept to a few
 * integer reads, and the term intersection is skipped when it could not lift a candidate into
 * the best `limit` found so far; the best are kept in a small sorted array instead of sorting
 * all N candidates. This keeps a 10,000-entry build from spending minutes here.
 */
export function createRelatedFinder(inputs: readonly RelatedInput[], limit = 4): (id: string) => string[] {
	const sphereId = interner();
	const regionId = interner();
	const programmeId = interner();
	const termId = interner();
	// Ascending ids: a later candidate with an equal score loses the tie, as it should.
	const prepared: Prepared[] = [...inputs]
		.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
		.map((input) => ({
			id: input.id,
			spheres: Int32Array.from(new Set(input.spheres), sphereId),
			region: regionId(input.region),
			programme: input.programme === undefined ? -1 : programmeId(input.programme),
			terms: Int32Array.from(termsOf(input.text), termId).sort(),
		}));
	const byId = new Map(prepared.map((item) => [item.id, item]));

	return (id) => {
		const target = byId.get(id);
		if (!target) return [];
		const best: { item: Prepared; score: number }[] = [];
		for (const candidate of prepared) {
			if (candidate === target) continue;
			const structural = structuralScore(target, candidate);
			const worst = best.length === limit ? best[limit - 1]!.score : 0;
			if (structural + MAX_TERM_SCORE <= worst) continue;
			const terms = sharedTerms(target.terms, candidate.terms, MAX_TERM_SCORE) * RELATED_WEIGHTS.term;
			const score = structural + Math.min(terms, MAX_TERM_SCORE);
			if (score <= worst) continue;
			let at = best.length;
			while (at > 0 && best[at - 1]!.score < score) at--;
			best.splice(at, 0, { item: candidate, score });
			if (best.length > limit) best.pop();
		}
		return best.map(({ item }) => item.id);
	};
}
