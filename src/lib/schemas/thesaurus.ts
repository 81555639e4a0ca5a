import { z } from 'astro/zod';

/**
 * A concept of municipal work and the words people use for it (content/thesaurus.yaml): a query
 * for any of them finds the entries that use any other. Words are matched in any form.
 */
export const ThesaurusConceptSchema = z.strictObject({
	/** Two or more words or phrases for one concept, the most common first, e.g. `[водопровод, водоснабжение]`. */
	words: z
		.array(z.string().trim().min(2, { message: 'слово или выражение не короче двух букв' }), {
			error: 'ожидается список слов, например [водопровод, водоснабжение]',
		})
		.min(2, { message: 'у понятия должно быть хотя бы два слова: то, что пишут в записях, и то, что набирают читатели' }),
});
export type ThesaurusConcept = z.infer<typeof ThesaurusConceptSchema>;
