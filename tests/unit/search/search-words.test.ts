import { describe, expect, it } from 'vitest';
import { queryWords, splitWords, stemVariants, stemWord } from '../../../src/lib/search/search-words.ts';

describe('stemWord', () => {
	it('gives nouns and adjectives one stem in every case, number and gender', () => {
		for (const forms of [
			['школьный', 'школьные', 'школьных', 'школьному', 'школьная'],
			['автобус', 'автобусы', 'автобусов', 'автобусами'],
			['инвестиционная', 'инвестиционной', 'инвестиционных'],
			['освещение', 'освещения', 'освещением'],
		]) {
			expect(new Set(forms.map(stemWord)).size, forms.join(', ')).toBe(1);
		}
	});

	it('leaves abbreviations, numbers and Latin words as typed', () => {
		expect(['жкх', 'тос', '2024', 'qr'].map(stemWord)).toEqual(['жкх', 'тос', '2024', 'qr']);
	});
});

describe('stemVariants', () => {
	it('adds the stem without a fleeting vowel, which the other forms share', () => {
		expect(stemVariants('площадок')).toEqual(['площадок', 'площадк']);
		expect(stemVariants('площадки')).toEqual(['площадк']);
		expect(stemVariants('посёлок'.replace('ё', 'е'))).toContain(stemWord('поселка'));
		expect(stemVariants('водопровод')).toEqual(['водопровод']);
	});
});

describe('queryWords', () => {
	it('lower-cases, folds ё, splits at punctuation and hyphens, and drops stop words', () => {
		expect(queryWords('Водопровод в деревне')).toEqual(['водопровод', 'деревне']);
		expect(queryWords('«Вам решать!»')).toEqual(['вам', 'решать']);
		expect(queryWords('чат-бот для обращений')).toEqual(['чат', 'бот', 'обращений']);
		expect(splitWords('Посёлок')).toEqual(['поселок']);
	});

	it('keeps stop words when nothing else is left', () => {
		expect(queryWords('и в')).toEqual(['и', 'в']);
	});
});
