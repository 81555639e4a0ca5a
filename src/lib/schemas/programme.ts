import { z } from 'astro/zod';
import { referenceTo, type TaxonomyIds } from './reference.ts';
import { SlugSchema } from './taxonomy.ts';

/** Builds the schema of a programme (content/programmes.yaml) against the known slugs. */
export function createProgrammeSchema(ids: TaxonomyIds) {
	/** One statement the sources make about a programme, with the sources that make it. */
	const Fact = z.strictObject({
		/** The statement in Russian, no more than the sources say. */
		text: z.string().trim().min(1),
		/** Slugs from content/sources.yaml that state it. */
		sources: z.array(referenceTo('sources', ids.sources)).min(1, { message: 'у факта должен быть источник' }),
	});

	return z.strictObject({
		/** Latin slug, e.g. `mayors-school`. */
		id: SlugSchema,
		/** Russian name as used in the sources, e.g. `«Школа мэров»`. */
		name: z.string().trim().min(1),
		/** One or two sentences for cards and meta descriptions. */
		description: z.string().trim().min(1),
		/** Facts about the programme as a whole. */
		facts: z.array(Fact).default([]),
		/** Cohorts («потоки»), where the programme has them. */
		cohorts: z
			.array(
				z.strictObject({
					/** Cohort number, 1 for the first. */
					number: z.number().int().positive(),
					/** Facts about this cohort. */
					facts: z.array(Fact).default([]),
					/** Regions where its modules took place, slugs from content/regions.yaml. */
					partnerRegions: z.array(referenceTo('regions', ids.regions)).default([]),
				}),
			)
			.default([]),
	});
}
export type Programme = z.output<ReturnType<typeof createProgrammeSchema>>;
