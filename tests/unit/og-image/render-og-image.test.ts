import { describe, expect, it } from 'vitest';
import { OG_IMAGE_SIZE, practiceOgCard } from '../../../src/lib/og-image/og-card.ts';
import { renderOgImage } from '../../../src/lib/og-image/render-og-image.ts';
import { decodePng } from '../../setup/png.ts';

describe('renderOgImage', () => {
	it('draws the longest card the schema allows as a 1200×630 PNG within 60 KB', () => {
		// 160 characters is the schema's longest title; the place and spheres are long real ones.
		const title =
			'Комплексное развитие сельских территорий, инженерной и социальной инфраструктуры муниципального округа через проектный офис и концессии'.padEnd(
				160,
				' ж',
			);
		const card = practiceOgCard({
			title: title.slice(0, 160),
			kindLabel: 'Выпускной проект «Школы мэров»',
			municipality: 'Городское поселение Октябрьское Октябрьского муниципального района',
			region: 'Ханты-Мансийский автономный округ — Югра',
			spheres: ['ЖКХ', 'Благоустройство', 'Развитие территорий', 'Инвестиции и предпринимательство'],
		});
		const file = renderOgImage(card);
		const png = decodePng(file);
		expect(png).toMatchObject({ width: OG_IMAGE_SIZE.width, height: OG_IMAGE_SIZE.height, crcValid: true });
		expect(file.length).toBeLessThanOrEqual(60 * 1024);
		// Text was drawn: a good share of pixels is not the background (palette entry 0).
		const inked = png.indices!.filter((index) => index !== 0).length;
		expect(inked / png.indices!.length).toBeGreaterThan(0.05);
	});

	it('draws different pictures for different titles', () => {
		const card = practiceOgCard({
			title: 'Единая инвестиционная команда',
			kindLabel: 'Региональная практика',
			region: 'Тюменская область',
			spheres: ['Инвестиции'],
		});
		expect(renderOgImage(card).equals(renderOgImage({ ...card, title: 'Единая диспетчерская служба' }))).toBe(false);
	});
});
