import { describe, expect, it } from 'vitest';
import { blendPalette, encodeIndexedPng, hexToRgb } from '../../../src/lib/og-image/palette-png.ts';
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

describe('encodeIndexedPng', () => {
	const palette = blendPalette('#ffffff', ['#1b1f24', '#0b57a4']);
	const width = 5;
	const height = 3;
	const indices = Uint8Array.from({ length: width * height }, (_, i) => (i * 7) % palette.length);

	it('writes a valid indexed PNG of the given size with the palette', () => {
		const png = decodePng(encodeIndexedPng(indices, width, height, palette));
		expect(png).toMatchObject({ width, height, colourType: 3, crcValid: true });
		expect(png.palette).toEqual(palette);
	});

	it('keeps the palette entry of every pixel', () => {
		expect([...decodePng(encodeIndexedPng(indices, width, height, palette)).indices!]).toEqual([...indices]);
	});

	it('refuses indices that do not match the size or name no palette entry', () => {
		expect(() => encodeIndexedPng(indices, width + 1, height, palette)).toThrow(/palette indices/);
		expect(() =>
			encodeIndexedPng(
				indices.map(() => palette.length),
				width,
				height,
				palette,
			),
		).toThrow(/entry 31 of 31/);
	});
});
