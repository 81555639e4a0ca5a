import { layoutCard, type CardColour } from './card-layout.ts';
import { COVERAGE_LEVELS, glyphMask, SUBPIXEL_STEPS } from './glyphs.ts';
import { OG_IMAGE_SIZE, type OgCard } from './og-card.ts';
import { blendPalette, encodeIndexedPng } from './palette-png.ts';

/** The site's light palette (src/styles/global.css): dark text on white, the accent for the frame. */
const BACKGROUND = '#ffffff';
const COLOURS: Record<CardColour, string> = { text: '#1b1f24', muted: '#4d5560', accent: '#0b57a4', rule: '#c9cfd6' };
const ORDER = Object.keys(COLOURS) as CardColour[];
/** Entry 0 is the background; then each colour's ramp of anti-aliased edges, its full tone last. */
const PALETTE = blendPalette(
	BACKGROUND,
	ORDER.map((colour) => COLOURS[colour]),
	COVERAGE_LEVELS,
);
/** The palette entry of `colour` at coverage `level` (1 to COVERAGE_LEVELS − 1). */
const entryOf = (colour: CardColour, level: number) => 1 + ORDER.indexOf(colour) * (COVERAGE_LEVELS - 1) + level - 1;

/**
 * The preview image of a card: a 1200×630 indexed PNG. The card is laid out (card-layout.ts) and
 * its glyphs are stamped from a cache of rasterised letters straight into palette indices: a
 * picture costs about a millisecond and a half, where laying out and rasterising it whole as SVG
 * (satori and resvg) and quantising its pixels took about sixteen.
 */
export function renderOgImage(card: OgCard): Buffer {
	const { width, height } = OG_IMAGE_SIZE;
	const pixels = new Uint8Array(width * height);
	const drawing = layoutCard(card);
	for (const rect of drawing.rects) {
		const full = entryOf(rect.colour, COVERAGE_LEVELS - 1);
		for (let y = Math.max(0, rect.y); y < Math.min(height, rect.y + rect.height); y++) {
			pixels.fill(full, y * width + Math.max(0, rect.x), y * width + Math.min(width, rect.x + rect.width));
		}
	}
	for (const line of drawing.lines) {
		const base = entryOf(line.colour, 1) - 1;
		for (const { font, glyph, x } of line.glyphs) {
			const pen = line.x + x;
			const steps = Math.round((pen - Math.floor(pen)) * SUBPIXEL_STEPS);
			const column = Math.floor(pen) + Math.floor(steps / SUBPIXEL_STEPS);
			const mask = glyphMask(font, glyph, line.size, (steps % SUBPIXEL_STEPS) / SUBPIXEL_STEPS);
			for (let my = 0; my < mask.height; my++) {
				const y = line.baseline + mask.top + my;
				if (y < 0 || y >= height) continue;
				for (let mx = 0; mx < mask.width; mx++) {
					const level = mask.levels[my * mask.width + mx]!;
					const x = column + mask.left + mx;
					if (level === 0 || x < 0 || x >= width) continue;
					// Neighbouring letters' edges overlap: the darker coverage wins (one colour's ramp ascends).
					const entry = base + level;
					const at = y * width + x;
					if (entry > pixels[at]!) pixels[at] = entry;
				}
			}
		}
	}
	return encodeIndexedPng(pixels, width, height, PALETTE);
}
