import { z } from 'astro/zod';
import { resolveNamedValue, type NamedItem } from './named-items.ts';
import { suggestClosest } from './suggest.ts';

/** The slugs that cross-references may point to, read from the taxonomy files. */
export interface TaxonomyIds {
	regions: readonly string[];
	spheres: readonly string[];
	programmes: readonly string[];
	mechanisms: readonly string[];
	sources: readonly string[];
	/** Names and aliases of the named taxonomies, so that a name typed for a slug gets the slug as its hint. */
	named?: Partial<Record<'regions' | 'spheres' | 'programmes' | 'mechanisms', readonly NamedItem[]>>;
}

const TAXONOMY_FILES: Record<Exclude<keyof TaxonomyIds, 'named'>, string> = {
	regions: 'content/regions.yaml',
	spheres: 'content/spheres.yaml',
	programmes: 'content/programmes.yaml',
	mechanisms: 'content/mechanisms.yaml',
	sources: 'content/sources.yaml',
};

/**
 * A slug that must name an item of a taxonomy. It plays the part of Astro's `reference()`
 * but needs no Astro runtime, so `npm run check` can use the very same schema, and its
 * error names the taxonomy file and suggests the nearest existing slug.
 */
export function referenceTo(kind: Exclude<keyof TaxonomyIds, 'named'>, ids: readonly string[], named?: readonly NamedItem[]) {
	const known = new Set(ids);
	return z.string({ error: `ожидается slug из ${TAXONOMY_FILES[kind]}` }).superRefine((value, ctx) => {
		if (known.has(value)) return;
		ctx.addIssue({ code: 'custom', message: `«${value}» нет в ${TAXONOMY_FILES[kind]}${hintFor(value, ids, named)}` });
	});
}

/** What to tell an editor who wrote `value`: the slug of the name they typed, the nearest one, or how to add it. */
function hintFor(value: string, ids: readonly string[], named?: readonly NamedItem[]): string {
	if (named) {
		const resolved = resolveNamedValue(value, named);
		if ('id' in resolved) return `: это название, а в поле пишется slug — «${resolved.id}»`;
		if (resolved.nearest) return `; возможно, имелось в виду «${resolved.nearest.id}» (${resolved.nearest.name})`;
		return '; исправьте slug (список — в этом файле)';
	}
	const closest = suggestClosest(value, ids);
	return closest ? `; возможно, имелось в виду «${closest}»` : '; добавьте его туда или исправьте slug';
}
