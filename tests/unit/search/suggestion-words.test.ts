import { describe, expect, it } from 'vitest';
import { suggestionWords } from '../../../src/lib/search/suggestion-words.ts';

describe('suggestionWords', () => {
	it('lists each word once, by how many texts use it, without short words, stop words or numbers', () => {
		const words = suggestionWords([
			'Уличное освещение в Пугачёве',
			'Освещение и дороги, освещение',
			'Дороги 2024 года для сёл',
			'Освещение',
		]);
		expect(words.slice(0, 2)).toEqual(['освещение', 'дороги']);
		expect(words).toContain('пугачеве');
		expect(words).not.toContain('в');
		expect(words).not.toContain('2024');
		expect(words).not.toContain('сел');
		expect(new Set(words).size).toBe(words.length);
	});
});
