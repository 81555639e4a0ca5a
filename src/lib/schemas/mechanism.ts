import { z } from 'astro/zod';
import { referenceTo, type TaxonomyIds } from './reference.ts';
import { SlugSchema } from './taxonomy.ts';

/**
 * How a practice was organised or paid for (content/mechanisms.yaml): initiative budgeting,
 * self-taxation, a concession… Each is defined by a law or a programme, which its record cites.
 */
export function createMechanismSchema(ids: TaxonomyIds) {
	return z
		.strictObject({
			/** Latin slug used in entries and URLs, e.g. `self-taxation`. */
			id: SlugSchema,
			/** Russian name shown in the interface, e.g. `Самообложение граждан`. */
			name: z.string().trim().min(1),
			/** Other names readers and sources use, e.g. `ППМИ`, `народный бюджет`; the search finds each. */
			aliases: z.array(z.string().trim().min(1)).default([]),
			/** One or two sentences on what it is, no more than the cited law or programme says. */
			description: z.string().trim().min(10, { message: 'опишите механизм одним-двумя предложениями' }),
			/** The law or programme that defines it, e.g. `статья 56 Федерального закона № 131-ФЗ`; omitted for a practice no law defines (volunteers, a digital platform). */
			basis: z.string().trim().min(1).optional(),
			/** Slugs from content/sources.yaml that state the description and the basis. */
			sources: z.array(referenceTo('sources', ids.sources)).default([]),
		})
		.refine((mechanism) => mechanism.basis === undefined || mechanism.sources.length > 0, {
			path: ['sources'],
			message: 'укажите источник, в котором сказано, какой закон или программа определяет механизм (basis)',
		});
}
export type Mechanism = z.output<ReturnType<typeof createMechanismSchema>>;
