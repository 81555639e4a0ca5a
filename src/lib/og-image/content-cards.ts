import { readNamedItems } from '../content/resolve-taxonomy.ts';
import { readPracticeFrontmatter } from '../content/practice-frontmatter-loader.ts';
import { PRACTICE_KINDS } from '../schemas/practice.ts';
import { practiceOgCard, type OgCard } from './og-card.ts';

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/**
 * The preview card of every published practice, read straight from the files so that drawing can
 * start before Astro has loaded a single entry. Only the frontmatter's shape is trusted here: an
 * entry too broken to make a card fails the content check, which stops the build anyway, and the
 * output check (verify-output.ts) fails a build in which any published practice lacks its image.
 */
export function readPracticeCards(contentDir: string): Map<string, OgCard> {
	const names = (kind: 'regions' | 'spheres') => new Map(readNamedItems(contentDir, kind).map((item) => [item.id, item.name]));
	const regions = names('regions');
	const spheres = names('spheres');
	const cards = new Map<string, OgCard>();
	for (const { id, frontmatter } of readPracticeFrontmatter(contentDir)) {
		if (frontmatter.draft === true) continue;
		const title = text(frontmatter.title);
		const kindLabel = PRACTICE_KINDS[frontmatter.kind as keyof typeof PRACTICE_KINDS];
		const region = regions.get(frontmatter.region as string);
		const sphereNames = Array.isArray(frontmatter.spheres) ? frontmatter.spheres.map((sphere) => spheres.get(sphere)) : [];
		if (!title || !kindLabel || !region || !sphereNames.length || sphereNames.some((name) => !name)) continue;
		const municipality = text((frontmatter.municipality as { name?: unknown } | undefined)?.name);
		cards.set(id, practiceOgCard({ title, kindLabel, region, municipality, spheres: sphereNames as string[] }));
	}
	return cards;
}
