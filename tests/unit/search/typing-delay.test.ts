import { describe, expect, it } from 'vitest';
import { SHORT_WORD_DELAY_MS, TYPING_DELAY_MS, typingDelay } from '../../../src/lib/search/typing-delay.ts';

describe('typingDelay', () => {
	it('waits longer while the last word has one or two letters, or the field was emptied', () => {
		expect(typingDelay('')).toBe(SHORT_WORD_DELAY_MS);
		expect(typingDelay('  ')).toBe(SHORT_WORD_DELAY_MS);
		expect(typingDelay('в')).toBe(SHORT_WORD_DELAY_MS);
		expect(typingDelay('вывоз о')).toBe(SHORT_WORD_DELAY_MS);
		expect(typingDelay('работа УК')).toBe(SHORT_WORD_DELAY_MS);
	});

	it('searches promptly once the last word has three letters, or the field ends with a space after one', () => {
		expect(typingDelay('ЖКХ')).toBe(TYPING_DELAY_MS);
		expect(typingDelay('вывоз отх')).toBe(TYPING_DELAY_MS);
		expect(typingDelay('вывоз ')).toBe(TYPING_DELAY_MS);
		expect(SHORT_WORD_DELAY_MS).toBeGreaterThan(TYPING_DELAY_MS);
	});
});
