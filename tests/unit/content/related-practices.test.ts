import { describe, expect, it } from 'vitest';
import { createRelatedFinder, MAX_TERM_SCORE, RELATED_WEIGHTS, termsOf, type RelatedInput } from '../../../src/lib/content/related-practices.ts';

/** The rule written out plainly: score every other practice, drop zeros, sort, take the best. */
function referenceRelated(inputs: readonly RelatedInput[], id: string, limit: number): string[] {
	const target = inputs.find((input) => input.id === id)!;
	const targetTerms = termsOf(target.text);
	return inputs
		.filter((candidate) => candidate.id !== id)
		.map((candidate) => {
			const spheres = new Set(candidate.spheres.filter((sphere) => target.spheres.includes(sphere))).size;
			const terms = [...termsOf(candidate.text)].filter((term) => targetTerms.has(term)).length * RELATED_WEIGHTS.term;
			const score =
				spheres * RELATED_WEIGHTS.sphere +
				(candidate.region === target.region ? RELATED_WEIGHTS.region : 0) +
				(target.programme && candidate.programme === target.programme ? RELATED_WEIGHTS.programme : 0) +
				Math.min(terms, MAX_TERM_SCORE);
			return { id: candidate.id, score };
		})
		.filter(({ score }) => score > 0)
		.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
		.slice(0, limit)
		.map(({ id: relatedId }) => relatedId);
}

/** Deterministic pseudo-random inputs with deliberately few spheres, regions and words. */
function generate(count: number, seed: number): RelatedInput[] {
	let state = seed;
	const next = (n: number) => ((state = (state * 1103515245 + 12345) % 2 ** 31), state % n);
	const words = ['инвестиции', 'мусорные', 'контейнеры', 'транспорт', 'аварийные', 'жителей', 'молодёжь', 'кадровый', 'бюджетные', 'площадки'];
	return Array.from({ length: count }, (_, i) => ({
		id: `p-${String(next(10_000)).padStart(5, '0')}-${i}`,
		spheres: Array.from({ length: 1 + next(3) }, () => `s${next(6)}`),
		region: `r${next(5)}`,
		programme: next(3) === 0 ? undefined : `m${next(2)}`,
		text: Array.from({ length: 2 + next(6) }, () => words[next(words.length)]).join(' '),
	}));
}

describe('related practices', () => {
	it('agrees with the plain rule on every practice of a generated set', () => {
		for (const seed of [1, 7, 42]) {
			const inputs = generate(300, seed);
			const find = createRelatedFinder(inputs, 4);
			for (const { id } of inputs) expect(find(id), `${id} (seed ${seed})`).toEqual(referenceRelated(inputs, id, 4));
		}
	});

	it('ranks shared spheres above the same region, never lists the page itself or an unrelated one', () => {
		const inputs: RelatedInput[] = [
			{ id: 'target', spheres: ['housing'], region: 'tyumen', text: 'аварии' },
			{ id: 'same-region', spheres: ['transport'], region: 'tyumen', text: 'маршруты' },
			{ id: 'same-sphere', spheres: ['housing'], region: 'altai', text: 'котельные' },
			{ id: 'unrelated', spheres: ['waste'], region: 'kuzbass', text: 'контейнеры' },
		];
		expect(createRelatedFinder(inputs)('target')).toEqual(['same-sphere', 'same-region']);
	});

	it('breaks ties by id, whatever the input order', () => {
		const inputs: RelatedInput[] = ['c', 'a', 'target', 'b'].map((id) => ({ id, spheres: ['housing'], region: id, text: '' }));
		expect(createRelatedFinder(inputs, 2)('target')).toEqual(['a', 'b']);
		expect(createRelatedFinder([...inputs].reverse(), 2)('target')).toEqual(['a', 'b']);
	});

	it('returns nothing for an unknown id', () => {
		expect(createRelatedFinder(generate(5, 3))('missing')).toEqual([]);
	});
});
