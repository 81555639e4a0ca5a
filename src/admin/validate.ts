import {
	GlossaryTermSchema,
	SourceSchema,
	ThesaurusConceptSchema,
	createMechanismSchema,
	createPracticeSchema,
} from '../lib/schemas/index.ts';
import { PRACTICE_STYLE, TAXONOMY_LIST_STYLE } from '../lib/content/practice-file.ts';
import { normalize } from '../lib/content/yaml-blocks.ts';
import { formatFieldPath } from '../lib/validation/content-issue.ts';

const strings = (value: unknown): string[] =>
	(Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === 'string');

/** What the form keeps beside the fields (see cms.ts); not part of the entry. */
const FORM_KEYS = new Set(['body', 'mp_original', 'mp_slug']);

/**
 * Problems `npm run check` would report in an entry's fields, in its words: `поле «title»: …`.
 * The pickers only offer slugs that exist, so references are taken as valid here; the check
 * still verifies them in the pull request.
 */
export function validateEntry(collection: string, data: Record<string, unknown>): string[] {
	const issues = (() => {
		if (collection === 'practices') {
			const fields = normalize(Object.fromEntries(Object.entries(data).filter(([key]) => !FORM_KEYS.has(key))), PRACTICE_STYLE);
			const own = fields as Record<string, unknown>;
			const schema = createPracticeSchema({
				regions: strings(own.region),
				spheres: strings(own.spheres),
				programmes: strings(own.programme),
				mechanisms: strings(own.mechanisms),
				sources: strings(own.sources),
			});
			return schema.safeParse(fields).error?.issues ?? [];
		}
		const items = normalize(data.items ?? [], TAXONOMY_LIST_STYLE) as unknown[];
		const schemas: Record<string, { safeParse: (item: unknown) => { error?: { issues: { path: PropertyKey[]; message: string }[] } } }> = {
			sources: SourceSchema,
			glossary: GlossaryTermSchema,
			thesaurus: ThesaurusConceptSchema,
			// The sources picker only offers ids that exist.
			mechanisms: {
				safeParse: (item) =>
					createMechanismSchema({
						regions: [],
						spheres: [],
						programmes: [],
						mechanisms: [],
						sources: strings((item as { sources?: unknown })?.sources),
					}).safeParse(item),
			},
		};
		const schema = schemas[collection];
		return schema
			? items.flatMap((item, i) => (schema.safeParse(item).error?.issues ?? []).map((issue) => ({ ...issue, path: [i, ...issue.path] })))
			: [];
	})();
	return issues.map((issue) => `поле «${formatFieldPath(issue.path)}»: ${issue.message}`);
}
