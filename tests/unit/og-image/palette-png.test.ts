import { describe, expect, it } from 'vitest';
import { blendPalette, encodePalettePng, hexToRgb } from '../../../src/lib/og-image/palette-png.ts';
import { decodePng } from '../../setup/png.ts';

describe('blendPalette', () => {
	it('starts with the background and ends each ramp on the colour itself', () => {
		const palette = blendPalette('#ffffff', ['#000000', '#0b57a4'], 4);
		expect(palette).toHaveLength(1 + 2 * 3);
		expect(palette[0]).toEqual([255, 255, 255]);
		expect(palette[3]).toEqual([0, 0, 0]);
		expect(palette[6]).toEqual(hexToRgb('#0b57a4'));
		expect(palette[1]).toEqual([170, 170, 170]);
	});

	it('refuses more colours than an indexed PNG holds', () => {
		expect(() => blendPalette('#ffffff', Array(20).fill('#000000'), 16)).toThrow(/256/);
	});
});

describe('encodePalettePng', () => {
	const palette = blendPalette('#ffffff', ['#1b1f24', '#0b57a4']);
	const width = 5;
	const height = 3;
	// Background, the two colours, and a half-tone of the first one that must map to its ramp.
	const colours = [
		[255, 255, 255],
		[27, 31, 36],
		[11, 87, 164],
		[141, 143, 145],
	];
	const pixels = new Uint8Array(width * height * 4);
	for (let i = 0; i < width * height; i++) pixels.set([...colours[i % colours.length]!, 255], i * 4);

	it('writes a valid indexed PNG of the given size with the palette', () => {
		const png = decodePng(encodePalettePng(pixels, width, height, palette));
		expect(png).toMatchObject({ width, height, colourType: 3, crcValid: true });
		expect(png.palette).toEqual(palette);
	});

	it('maps every pixel to its nearest palette colour', () => {
		const { indices } = decodePng(encodePalettePng(pixels, width, height, palette));
		const nearest = (rgb: number[]) =>
			palette.reduce(
				(best, entry, index) =>
					entry.reduce((sum, c, k) => sum + (c - rgb[k]!) ** 2, 0) < palette[best]!.reduce((sum, c, k) => sum + (c - rgb[k]!) ** 2, 0)
						? index
						: best,
				0,
			);
		for (let i = 0; i < width * height; i++) {
			const colour = colours[i % colours.length]!;
			// Colours are bucketed by their top five bits; the nearest entry may differ by one step at most.
			const chosen = palette[indices![i]!]!;
			const best = palette[nearest(colour)]!;
			expect(
				Math.abs(chosen[0] - best[0]) + Math.abs(chosen[1] - best[1]) + Math.abs(chosen[2] - best[2]),
				`pixel ${i}`,
			).toBeLessThanOrEqual(24);
		}
		expect(palette[indices![0]!]).toEqual([255, 255, 255]);
		expect(palette[indices![1]!]).toEqual([27, 31, 36]);
		expect(palette[indices![2]!]).toEqual([11, 87, 164]);
	});

	it('refuses pixels that do not match the size', () => {
		expect(() => encodePalettePng(pixels, width + 1, height, palette)).toThrow(/RGBA/);
	});
});
