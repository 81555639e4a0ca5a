import fs from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import opentype, { type Font, type Glyph } from 'opentype.js';

const require = createRequire(import.meta.url);

export type FontWeight = 400 | 700;

/**
 * Noto Sans (SIL Open Font License 1.1, node_modules/@fontsource/noto-sans/LICENSE) covers
 * Cyrillic and Latin in two files per weight: the Cyrillic one has no digits or punctuation, so
 * a character is looked up there first and then in the Latin one. The glyphs are drawn into the
 * image; no font file ships with the site.
 */
const SUBSETS = ['cyrillic', 'latin'] as const;

function loadFont(subset: (typeof SUBSETS)[number], weight: FontWeight): Font {
	const file = fs.readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`));
	// A small file may share Node's buffer pool: hand the parser its own bytes only.
	return opentype.parse(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength));
}

let fonts: Record<FontWeight, Font[]> | undefined;
const fontsOf = (weight: FontWeight) =>
	(fonts ??= { 400: SUBSETS.map((s) => loadFont(s, 400)), 700: SUBSETS.map((s) => loadFont(s, 700)) })[weight];

/** A character's glyph in the first subset that has it; undefined when neither does. */
function glyphOf(char: string, weight: FontWeight): { font: Font; glyph: Glyph } | undefined {
	for (const font of fontsOf(weight)) {
		const index = font.charToGlyphIndex(char);
		if (index > 0) return { font, glyph: font.glyphs.get(index) };
	}
	return undefined;
}

/** One glyph placed on a line: its pen position relative to the line's start. */
export interface PlacedGlyph {
	font: Font;
	glyph: Glyph;
	x: number;
}

/**
 * A text's glyphs at `size` px and the width they take. A character no subset has is left out
 * (the schemas' texts are Russian and Latin, which both subsets cover).
 */
export function shapeText(text: string, size: number, weight: FontWeight): { glyphs: PlacedGlyph[]; width: number } {
	const glyphs: PlacedGlyph[] = [];
	let x = 0;
	for (const char of text) {
		const found = glyphOf(char, weight);
		if (!found) continue;
		glyphs.push({ ...found, x });
		x += ((found.glyph.advanceWidth ?? 0) * size) / found.font.unitsPerEm;
	}
	return { glyphs, width: x };
}

/** Ascent and descent of the family at `size` px, for placing a baseline in a line box. */
export function fontMetrics(size: number, weight: FontWeight): { ascent: number; descent: number } {
	const [font] = fontsOf(weight);
	return { ascent: (font!.ascender * size) / font!.unitsPerEm, descent: (-font!.descender * size) / font!.unitsPerEm };
}

/** A glyph's coverage: 0–15 per pixel (16 steps, as the palette has), placed relative to the pen. */
export interface GlyphMask {
	left: number;
	top: number;
	width: number;
	height: number;
	levels: Uint8Array;
}

/** Pen positions are rounded to a quarter of a pixel: four drawings of each glyph cover every place it stands. */
export const SUBPIXEL_STEPS = 4;
export const COVERAGE_LEVELS = 16;
const masks = new Map<string, GlyphMask>();
/** Each loaded font's number, for the cache key: the subsets' files share their names. */
const fontIds = new Map<Font, number>();

/**
 * A glyph rasterised by resvg at `size` px with its pen `phase` (0 to 1 − 1/SUBPIXEL_STEPS) px
 * right of a whole pixel, drawn once and kept: a card draws its few dozen distinct letters from
 * this cache instead of rasterising every letter of every title.
 */
export function glyphMask(font: Font, glyph: Glyph, size: number, phase: number): GlyphMask {
	if (!fontIds.has(font)) fontIds.set(font, fontIds.size);
	const key = `${fontIds.get(font)}|${glyph.index}|${size}|${phase}`;
	let mask = masks.get(key);
	if (mask) return mask;
	// One outline at the pen's origin, moved by the SVG: opentype.js does not shift every point of
	// a path it is asked to draw elsewhere. Its own extent, as a composite glyph's stored box can be narrower.
	const outline = glyph.getPath(0, 0, size);
	const box = outline.getBoundingBox();
	const left = Math.floor(phase + box.x1) - 1;
	const top = Math.floor(box.y1) - 1;
	const width = Math.max(1, Math.ceil(phase + box.x2) + 1 - left);
	const height = Math.max(1, Math.ceil(box.y2) + 1 - top);
	const levels = new Uint8Array(width * height);
	const path = outline.toPathData(3);
	if (path) {
		const move = `translate(${phase - left} ${-top})`;
		const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><path transform="${move}" d="${path}"/></svg>`;
		const pixels = new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
		for (let i = 0; i < levels.length; i++) levels[i] = Math.round((pixels[i * 4 + 3]! * (COVERAGE_LEVELS - 1)) / 255);
	}
	mask = { left, top, width, height, levels };
	masks.set(key, mask);
	return mask;
}
