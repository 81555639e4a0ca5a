import { z } from 'astro/zod';
import { suggestClosest } from './suggest.ts';

/** The slugs that cross-references may point to, read from the taxonomy files. */
export interface TaxonomyIds {
	regions: readonly string[];
	spheres: readonly string[];
	programmes: readonly string[];
	mechanisms: readonly string[];
	sources: readonly string[];
}

const TAXONOMY_FILES: Record<keyof TaxonomyIds, string> = {
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
export function referenceTo(kind: keyof TaxonomyIds, ids: readonly string[]) {
	const known = new Set(ids);
	return z.string({ error: `ожидается slug из ${TAXONOMY_FILES[kind]}` }).superRefine((value, ctx) => {
		if (known.has(value)) return;
		const closest = suggestClosest(value, ids);
		ctx.addIssue({
			code: 'custom',
			message:
				`«${value}» нет в ${TAXONOMY_FILES[kind]}` +
				(closest ? `; возможно, имелось в виду «${closest}»` : '; добавьте его туда или исправьте slug'),
		});
	});
}
