import { createHash } from 'node:crypto';
import { SITE } from '../../site.config.ts';

/** What a link preview shows of a page: everything the image depends on, and nothing else. */
export interface OgCard {
	/** Small line above the title: the kind of entry, or the site's tagline on the shared image. */
	eyebrow: string;
	title: string;
	/** Municipality and region, e.g. «Бийск, Алтайский край»; empty on the shared image. */
	place?: string;
	/** Sphere names, the main one first. */
	spheres: string[];
	/** The site's name, printed at the bottom so a preview says where the link leads. */
	site: string;
}

/** Size every messenger and search engine expects for a large preview. */
export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/**
 * Cache key of a card: a rebuild draws only the cards whose key is new. `design` stands for
 * everything else the picture depends on (the drawing code, the libraries, the font), so that a
 * change there redraws every card; scripts/build/og-images.ts fingerprints those.
 */
export function ogCardKey(card: OgCard, design = ''): string {
	const text = JSON.stringify([design, card.eyebrow, card.title, card.place ?? '', card.spheres, card.site]);
	return createHash('sha256').update(text).digest('hex').slice(0, 24);
}

/** The alt text of the image: what a screen reader or a text-only preview says instead. */
export function ogCardAlt(card: OgCard): string {
	return [card.title, card.place, card.spheres.join(', '), card.site].filter(Boolean).join(' — ');
}

/** What a practice's card is made of, as names: the page has them resolved, the build reads them. */
export interface PracticeCardInput {
	title: string;
	kindLabel: string;
	municipality?: string;
	region: string;
	spheres: readonly string[];
}

/** A practice's preview: its kind, title, place and spheres, and the site's name. */
export function practiceOgCard(input: PracticeCardInput): OgCard {
	return {
		eyebrow: input.kindLabel,
		title: input.title,
		place: [input.municipality, input.region].filter(Boolean).join(', '),
		spheres: [...input.spheres],
		site: SITE.name,
	};
}

/** The image that the home page, hubs and lists share. */
export function siteOgCard(): OgCard {
	return {
		eyebrow: 'База знаний с источниками',
		title: 'Лучшие практики местного самоуправления',
		place: 'Выпускные проекты «Школы мэров», опыт регионов и муниципалитетов',
		spheres: [],
		site: SITE.name,
	};
}
