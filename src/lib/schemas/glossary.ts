import { z } from 'astro/zod';

/** An abbreviation of the trade and its full form (content/glossary.yaml). */
export const GlossaryTermSchema = z.strictObject({
	/** The abbreviation as written, in capitals: `ЖКХ`. */
	term: z.string().regex(/^[А-ЯЁA-Z]{2,8}$/, { message: 'ожидается аббревиатура заглавными буквами, например ЖКХ' }),
	/** Full form in the nominative: `жилищно-коммунальное хозяйство`. */
	full: z.string().trim().min(3),
});
export type GlossaryTerm = z.infer<typeof GlossaryTermSchema>;
