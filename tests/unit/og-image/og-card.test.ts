import { describe, expect, it } from 'vitest';
import { ogCardAlt, ogCardKey, practiceOgCard, siteOgCard } from '../../../src/lib/og-image/og-card.ts';
import { SITE } from '../../../src/site.config.ts';

const input = {
	title: 'Единая инвестиционная команда',
	kindLabel: 'Региональная практика',
	region: 'Тюменская область',
	spheres: ['Инвестиции'],
};

describe('practiceOgCard', () => {
	it('puts the municipality before the region, and the site name last', () => {
		const card = practiceOgCard({ ...input, municipality: 'Тобольский район' });
		expect(card).toEqual({
			eyebrow: 'Региональная практика',
			title: input.title,
			place: 'Тобольский район, Тюменская область',
			spheres: ['Инвестиции'],
			site: SITE.name,
		});
		expect(practiceOgCard(input).place).toBe('Тюменская область');
	});

	it('says in its alt text what the image shows', () => {
		expect(ogCardAlt(practiceOgCard(input))).toBe(`${input.title} — Тюменская область — Инвестиции — ${SITE.name}`);
	});
});

describe('ogCardKey', () => {
	it('is the same for the same card and differs when any text on it changes', () => {
		const card = practiceOgCard(input);
		expect(ogCardKey(practiceOgCard(input))).toBe(ogCardKey(card));
		const changed = [
			{ ...card, title: `${card.title}.` },
			{ ...card, place: 'Ялуторовск, Тюменская область' },
			{ ...card, spheres: ['Инвестиции', 'Транспорт'] },
			{ ...card, eyebrow: 'Муниципальная практика' },
			siteOgCard(),
		].map((other) => ogCardKey(other));
		expect(new Set([ogCardKey(card), ...changed]).size).toBe(changed.length + 1);
	});

	it('differs when the design does, so new drawing code redraws every card', () => {
		const card = practiceOgCard(input);
		expect(ogCardKey(card, 'design-a')).not.toBe(ogCardKey(card, 'design-b'));
		expect(ogCardKey(card, 'design-a')).toBe(ogCardKey(card, 'design-a'));
	});
});
