import fs from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import { OG_IMAGE_SIZE, type OgCard } from './og-card.ts';
import { blendPalette, encodePalettePng } from './palette-png.ts';

const require = createRequire(import.meta.url);

/**
 * Noto Sans (SIL Open Font License 1.1, node_modules/@fontsource/noto-sans/LICENSE) covers
 * Cyrillic and Latin. satori reads WOFF, not WOFF2; the glyphs are drawn into the image as
 * outlines, so no font file ships with the site.
 */
function loadFonts(): Font[] {
	const file = (subset: string, weight: number) =>
		fs.readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`));
	// One family per subset: the Cyrillic file has no digits or punctuation, and satori falls back
	// from family to family, not from file to file within one.
	return SUBSETS.flatMap((subset) =>
		([400, 700] as const).map((weight) => ({ name: `Noto Sans ${subset}`, data: file(subset, weight), weight, style: 'normal' as const })),
	);
}
const SUBSETS = ['cyrillic', 'latin'] as const;
const FAMILIES = SUBSETS.map((subset) => `Noto Sans ${subset}`).join(', ');

let fonts: Font[] | undefined;

/** The site's light palette (src/styles/global.css): dark text on white, the accent for the frame. */
const COLOURS = { text: '#1b1f24', muted: '#4d5560', bg: '#ffffff', accent: '#0b57a4', rule: '#c9cfd6' } as const;
const PALETTE = blendPalette(COLOURS.bg, [COLOURS.text, COLOURS.muted, COLOURS.accent, COLOURS.rule]);

interface Element {
	type: 'div';
	props: { style: Record<string, string | number>; children?: Element[] | string };
}
const box = (style: Element['props']['style'], children?: Element[] | string): Element => ({ type: 'div', props: { style, children } });

/** Long titles get a smaller size so that the longest the schema allows (160 characters) fits. */
function titleSize(title: string): number {
	if (title.length <= 50) return 64;
	if (title.length <= 90) return 54;
	return 44;
}

function layout(card: OgCard): Element {
	const text = (fontSize: number, color: string, children: string, extra: Element['props']['style'] = {}) =>
		box({ display: 'flex', fontSize, color, lineHeight: 1.25, ...extra }, children);
	// The frame is a band on top and a padded column below: satori sizes boxes by their content
	// (padding and borders add to a given width), so the page box itself carries neither.
	return box({ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', background: COLOURS.bg, fontFamily: FAMILIES }, [
		box({ height: 20, flexShrink: 0, background: COLOURS.accent }),
		box({ flexGrow: 1, display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: '36px 72px 36px' }, [
			box({ display: 'flex', flexDirection: 'column' }, [
				text(30, COLOURS.accent, card.eyebrow, { fontWeight: 700 }),
				text(titleSize(card.title), COLOURS.text, card.title, { fontWeight: 700, marginTop: 20, lineHeight: 1.15 }),
			]),
			box({ display: 'flex', flexDirection: 'column', marginTop: 16 }, [
				...(card.place ? [text(34, COLOURS.text, card.place)] : []),
				...(card.spheres.length ? [text(30, COLOURS.muted, card.spheres.join(' · '), { marginTop: 6 })] : []),
				text(30, COLOURS.accent, card.site, { fontWeight: 700, marginTop: 24, paddingTop: 18, borderTop: `2px solid ${COLOURS.rule}` }),
			]),
		]),
	]);
}

/** The preview image of a card: a 1200×630 indexed PNG. */
export async function renderOgImage(card: OgCard): Promise<Buffer> {
	fonts ??= loadFonts();
	// satori takes React-like element objects; plain objects spare a JSX runtime for one picture.
	const svg = await satori(layout(card) as unknown as Parameters<typeof satori>[0], { ...OG_IMAGE_SIZE, fonts });
	// satori has turned every glyph into a path: resvg needs no fonts, and scanning the system's costs time.
	const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
	return encodePalettePng(image.pixels, image.width, image.height, PALETTE);
}
