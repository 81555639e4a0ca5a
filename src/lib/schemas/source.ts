import { z } from 'astro/zod';
import { PartialDateSchema } from './partial-date.ts';
import { SlugSchema } from './taxonomy.ts';

/**
 * The five founding source documents: the base started from stored copies of these news items,
 * whose public addresses are not known. Every other source must carry its `url`, so that a reader
 * can open the page and find each fact there; the check fails on one that does not.
 */
export const SOURCES_KNOWN_WITHOUT_ADDRESS: ReadonlySet<string> = new Set([
	'asdg-kuzbass-mayors-school-2024',
	'mayors-school-first-graduation',
	'aif-samara-small-towns',
	'tyumen-mayors-school-2025',
	'forum-malaya-rodina-business-programme',
]);

/** A published document that entries cite (content/sources.yaml). */
export const SourceSchema = z.strictObject({
	/** Latin slug that entries use to cite it, e.g. `aif-samara-small-towns`. */
	id: SlugSchema,
	/** Headline exactly as published. */
	title: z.string().trim().min(1, { message: 'у источника должно быть название' }),
	/** Who published it, as the document names it, e.g. `АиФ-Самара`; omitted when the text does not say. */
	publisher: z.string().trim().min(1).optional(),
	/** Where the publisher took the text from, as the document says, e.g. `Газета.ru`. */
	origin: z.string().trim().min(1).optional(),
	/** Publication date as precise as known: `2024`, `2024-04` or `2024-04-12`; omitted when unknown. */
	date: PartialDateSchema.optional(),
	/** Address of the publication; required except for SOURCES_KNOWN_WITHOUT_ADDRESS (the check enforces it). */
	url: z.url({ protocol: /^https?$/, message: 'ожидается адрес вида https://…' }).optional(),
	/** What else a reader should know about the document, e.g. that only a headline survives. */
	note: z.string().trim().min(1).optional(),
});
export type Source = z.infer<typeof SourceSchema>;
