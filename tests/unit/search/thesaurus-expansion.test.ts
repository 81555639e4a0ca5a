import { describe, expect, it } from 'vitest';
import { thesaurusExpansions } from '../../../src/lib/search/thesaurus-expansion.ts';

const concepts = [
	['водопровод', 'водоснабжение', 'питьевая вода'],
	['контейнерная площадка', 'площадка накопления'],
	['сельская местность', 'деревня', 'посёлок'],
];

describe('thesaurusExpansions', () => {
	it('adds the other words of a concept the text uses in any form', () => {
		expect(thesaurusExpansions('Наладили водоснабжения в районе', concepts)).toEqual(['водопровод', 'питьевая вода']);
	});

	it('matches a phrase word after word, in any form, and not its words apart', () => {
		expect(thesaurusExpansions('Обустроили площадки накопления отходов', concepts)).toEqual(['контейнерная площадка']);
		expect(thesaurusExpansions('Площадка для детей и накопления опыта', concepts)).toEqual([]);
	});

	it('finds a word whose forms lose a fleeting vowel', () => {
		expect(thesaurusExpansions('Водопровод для посёлка', concepts)).toEqual([
			'водоснабжение',
			'питьевая вода',
			'сельская местность',
			'деревня',
		]);
	});

	it('adds a word two concepts share once, and nothing for a text with no concept', () => {
		const shared = [
			['мусор', 'отходы'],
			['свалка', 'отходы'],
		];
		expect(thesaurusExpansions('Убрали мусор и свалку', shared)).toEqual(['отходы']);
		expect(thesaurusExpansions('Брендбук города', concepts)).toEqual([]);
	});
});
