/** What relatedness is judged on. */
export interface RelatedInput {
	id: string;
	spheres: readonly string[];
	region: string;
	programme?: string;
	/** Title and summary: shared significant words count as shared terms. */
	text: string;
}

const WEIGHTS = { sphere: 3, region: 2, programme: 1, term: 1 } as const;
const MAX_TERM_SCORE = 3;

/**
 * Significant word stems: lower-cased Cyrillic/Latin words of 5+ letters cut to 5 letters,
 * a crude stem that makes «инвестиционная» and «инвестиций» meet without a dictionary.
 */
export function termsOf(text: string): Set<string> {
	const words = text.toLowerCase().replace(/ё/g, 'е').match(/[a-zа-я]{5,}/g) ?? [];
	return new Set(words.map((word) => word.slice(0, 5)));
}

/**
 * Builds a lookup of the practices most related to each one, best first: shared spheres weigh
 * most, then the same region, the same programme and shared terms. Never the practice itself,
 * never one with nothing in common; ties are broken by id so that builds are reproducible.
 * Terms are computed once per practice, so a build of N pages costs N² cheap set look-ups.
 */
export function createRelatedFinder(inputs: readonly RelatedInput[], limit = 4): (id: string) => string[] {
	const prepared = inputs.map((input) => ({ ...input, terms: termsOf(input.text) }));
	const byId = new Map(prepared.map((item) => [item.id, item]));
	return (id) => {
		const target = byId.get(id);
		if (!target) return [];
		const targetSpheres = new Set(target.spheres);
		return prepared
			.filter((candidate) => candidate.id !== target.id)
			.map((candidate) => {
				let score = 0;
				for (const sphere of candidate.spheres) if (targetSpheres.has(sphere)) score += WEIGHTS.sphere;
				if (candidate.region === target.region) score += WEIGHTS.region;
				if (target.programme && candidate.programme === target.programme) score += WEIGHTS.programme;
				let terms = 0;
				for (const term of candidate.terms) if (target.terms.has(term)) terms += WEIGHTS.term;
				score += Math.min(terms, MAX_TERM_SCORE);
				return { id: candidate.id, score };
			})
			.filter(({ score }) => score > 0)
			.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
			.slice(0, limit)
			.map(({ id: relatedId }) => relatedId);
	};
}
