import { fontMetrics, shapeText, type FontWeight, type PlacedGlyph } from './glyphs.ts';
import { OG_IMAGE_SIZE, type OgCard } from './og-card.ts';

/** The colours of the card, named by role; render-og-image.ts gives them their values. */
export type CardColour = 'text' | 'muted' | 'accent' | 'rule';

export interface CardRect {
	x: number;
	y: number;
	width: number;
	height: number;
	colour: CardColour;
}

/** A line of text: where its baseline starts and the glyphs on it. */
export interface CardLine {
	x: number;
	baseline: number;
	size: number;
	colour: CardColour;
	glyphs: PlacedGlyph[];
}

export interface CardDrawing {
	rects: CardRect[];
	lines: CardLine[];
}

interface TextStyle {
	size: number;
	weight: FontWeight;
	colour: CardColour;
	lineHeight: number;
}

/** A band on top, then a padded column: the kind and title at its top, place, spheres and site name at its foot. */
const BAND = 20;
const PADDING = { x: 72, y: 36 };
const CONTENT_WIDTH = OG_IMAGE_SIZE.width - 2 * PADDING.x;

/** Long titles get a smaller size so that the longest the schema allows (160 characters) fits. */
function titleSize(title: string): number {
	if (title.length <= 50) return 64;
	if (title.length <= 90) return 54;
	return 44;
}

/** Greedy wrapping at spaces; a word wider than the column is broken between letters. */
function wrap(text: string, style: TextStyle): PlacedGlyph[][] {
	const space = shapeText(' ', style.size, style.weight).width;
	const lines: PlacedGlyph[][] = [];
	let line: PlacedGlyph[] = [];
	let width = 0;
	const breakLine = () => {
		if (line.length > 0) lines.push(line);
		[line, width] = [[], 0];
	};
	const append = (glyph: PlacedGlyph, at: number) => line.push({ ...glyph, x: glyph.x + at });
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const shaped = shapeText(word, style.size, style.weight);
		const gap = line.length > 0 ? space : 0;
		if (width + gap + shaped.width > CONTENT_WIDTH) breakLine();
		if (shaped.width <= CONTENT_WIDTH) {
			const at = width + (line.length > 0 ? space : 0);
			for (const glyph of shaped.glyphs) append(glyph, at);
			width = at + shaped.width;
			continue;
		}
		shaped.glyphs.forEach((glyph, index) => {
			const advance = (shaped.glyphs[index + 1]?.x ?? shaped.width) - glyph.x;
			if (width + advance > CONTENT_WIDTH) breakLine();
			append(glyph, width - glyph.x);
			width += advance;
		});
	}
	breakLine();
	return lines;
}

/** Lays out a block of text from `top`; returns its lines and where the block ends. */
function block(text: string, style: TextStyle, top: number): { lines: CardLine[]; bottom: number } {
	const box = style.size * style.lineHeight;
	const { ascent, descent } = fontMetrics(style.size, style.weight);
	// The glyphs sit in the middle of each line box, as CSS places them (half-leading above and below).
	const lines = wrap(text, style).map((glyphs, index) => ({
		x: PADDING.x,
		baseline: Math.round(top + index * box + (box - ascent - descent) / 2 + ascent),
		size: style.size,
		colour: style.colour,
		glyphs,
	}));
	return { lines, bottom: top + lines.length * box };
}

const style = (size: number, weight: FontWeight, colour: CardColour, lineHeight = 1.25): TextStyle => ({
	size,
	weight,
	colour,
	lineHeight,
});

/** Where everything on a card goes: the site's design for link previews, 1200×630. */
export function layoutCard(card: OgCard): CardDrawing {
	const rects: CardRect[] = [{ x: 0, y: 0, width: OG_IMAGE_SIZE.width, height: BAND, colour: 'accent' }];
	const eyebrow = block(card.eyebrow, style(30, 700, 'accent'), BAND + PADDING.y);
	const title = block(card.title, style(titleSize(card.title), 700, 'text', 1.15), eyebrow.bottom + 20);

	// The foot is measured first so that it can stand on the bottom padding (or below the title, if longer).
	const foot = (top: number) => {
		const place = card.place ? block(card.place, style(34, 400, 'text'), top) : { lines: [], bottom: top };
		const spheres = card.spheres.length ? block(card.spheres.join(' · '), style(30, 400, 'muted'), place.bottom + 6) : place;
		const rule = spheres.bottom + 24;
		const site = block(card.site, style(30, 700, 'accent'), rule + 2 + 18);
		return { lines: [...place.lines, ...(card.spheres.length ? spheres.lines : []), ...site.lines], rule, bottom: site.bottom };
	};
	const height = foot(0).bottom;
	const placed = foot(Math.max(OG_IMAGE_SIZE.height - PADDING.y - height, title.bottom + 16));
	rects.push({ x: PADDING.x, y: Math.round(placed.rule), width: CONTENT_WIDTH, height: 2, colour: 'rule' });
	return { rects, lines: [...eyebrow.lines, ...title.lines, ...placed.lines] };
}
