import { describe, expect, it } from 'vitest';
import { compareNewestAdded, compareNewestFirst } from '../../../src/lib/content/sort-practices.ts';
import { parsePartialDate } from '../../../src/lib/schemas/partial-date.ts';

const entry = (id: string, date: string | undefined, added: string) => ({
	id,
	data: { title: id, date: date ? parsePartialDate(date)! : undefined, added: parsePartialDate(added)! },
});

describe('practice order', () => {
	const old = entry('added-long-ago-about-2025', '2025-03', '2026-01-10');
	const fresh = entry('added-today-about-2024', '2024-05', '2026-12-08');

	it('lists the catalogue by the practice’s own date', () => {
		expect([fresh, old].sort(compareNewestFirst).map((e) => e.id)).toEqual(['added-long-ago-about-2025', 'added-today-about-2024']);
	});

	it('shows on the home page what was added last, whatever year it is about', () => {
		expect([old, fresh].sort(compareNewestAdded).map((e) => e.id)).toEqual(['added-today-about-2024', 'added-long-ago-about-2025']);
	});
});
