import { describe, expect, it } from 'vitest';
import { layoutCard } from '../../../src/lib/og-image/card-layout.ts';
import { glyphMask, shapeText, SUBPIXEL_STEPS } from '../../../src/lib/og-image/glyphs.ts';
import { OG_IMAGE_SIZE, practiceOgCard } from '../../../src/lib/og-image/og-card.ts';

const longest = practiceOgCard({
	title:
		'Комплексное развитие сельских территорий, инженерной и социальной инфраструктуры муниципального округа через проектный офис и концессии ж ж ж ж',
	kindLabel: 'Выпускной проект «Школы мэров»',
	municipality: 'Городское поселение Октябрьское Октябрьского муниципального района',
	region: 'Ханты-Мансийский автономный округ — Югра',
	spheres: ['ЖКХ', 'Благоустройство', 'Развитие территорий', 'Инвестиции и предпринимательство'],
});

describe('layoutCard', () => {
	const drawing = layoutCard(longest);
	const right = (line: (typeof drawing.lines)[number]) => {
		const last = line.glyphs.at(-1)!;
		return line.x + last.x + ((last.glyph.advanceWidth ?? 0) * line.size) / last.font.unitsPerEm;
	};

	it('keeps every line within the padded column and on the picture', () => {
		for (const line of drawing.lines) {
			expect(line.x).toBe(72);
			expect(right(line)).toBeLessThanOrEqual(OG_IMAGE_SIZE.width - 72 + 0.01);
			expect(line.baseline).toBeLessThan(OG_IMAGE_SIZE.height);
		}
	});

	it('wraps long texts at spaces and keeps every letter, in order', () => {
		const text = drawing.lines.map((line) => line.glyphs.map((g) => g.glyph.index).join(',')).join(',');
		const expected = [longest.eyebrow, longest.title, longest.place!, longest.spheres.join(' · '), longest.site]
			.map((part, index) => {
				const [size, weight] = [
					[30, 700],
					[44, 700],
					[34, 400],
					[30, 400],
					[30, 700],
				][index] as [number, 400 | 700];
				return shapeText(part.replace(/\s+/g, ''), size, weight)
					.glyphs.map((g) => g.glyph.index)
					.join(',');
			})
			.join(',');
		// Spaces are where lines break; between words on one line they take room but draw nothing.
		const spaceless = (indices: string) =>
			indices.split(',').filter((index) => index !== String(shapeText(' ', 30, 400).glyphs[0]!.glyph.index));
		expect(spaceless(text)).toEqual(spaceless(expected));
		expect(drawing.lines.length).toBeGreaterThan(5);
	});
});

describe('glyphMask', () => {
	it('draws a letter with the same ink at every quarter-pixel position', () => {
		for (const [char, size, weight] of [
			['с', 34, 400],
			['Ж', 64, 700],
			['«', 30, 700],
		] as const) {
			const { font, glyph } = shapeText(char, size, weight).glyphs[0]!;
			const ink = Array.from({ length: SUBPIXEL_STEPS }, (_, step) =>
				glyphMask(font, glyph, size, step / SUBPIXEL_STEPS).levels.reduce((sum, level) => sum + level, 0),
			);
			for (const amount of ink) expect(Math.abs(amount - ink[0]!) / ink[0]!, `${char} ${ink.join(' ')}`).toBeLessThan(0.03);
		}
	});
});
