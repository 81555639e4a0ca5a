import {
	GlossaryTermSchema,
	SourceSchema,
	ThesaurusConceptSchema,
	createMechanismSchema,
	createPracticeSchema,
	type GlossaryTerm,
} from '../lib/schemas/index.ts';
import { PRACTICE_STYLE, TAXONOMY_LIST_STYLE } from '../lib/content/practice-file.ts';
import { checkAbbreviations } from '../lib/validation/check-abbreviations.ts';
import { checkMdxBody } from '../lib/validation/check-mdx-body.ts';
import { futureDateIssues, scaffoldIssues, sourceUrlIssues } from '../lib/validation/practice-rules.ts';
import { normalize } from '../lib/content/yaml-blocks.ts';
import { formatFieldPath } from '../lib/validation/content-issue.ts';

/** The glossary the check reads, put into the form's bundle when it is built (src/lib/integrations/admin.ts). */
declare const __MP_GLOSSARY__: GlossaryTerm[] | undefined;
const GLOSSARY: GlossaryTerm[] = typeof __MP_GLOSSARY__ === 'undefined' ? [] : __MP_GLOSSARY__;

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
			const parsed = schema.safeParse(fields);
			if (!parsed.success) return parsed.error.issues;
			// What the check sees beyond the fields, by the check's own rules: the text's MDX and safety,
			// abbreviations, the scaffold's prompts, dates in the future.
			const body = typeof data.body === 'string' ? data.body : '';
			const practice = parsed.data;
			const today = new Date().toISOString().slice(0, 10);
			const rules = [...futureDateIssues(practice, today), ...scaffoldIssues(practice, body)].map((issue) => ({
				path: [issue.field ?? 'body'],
				message:
					issue.bodyOffset === undefined ? issue.message : `строка ${body.slice(0, issue.bodyOffset).split('\n').length}: ${issue.message}`,
			}));
			const text = [...checkMdxBody(body, 'текст', 1), ...checkAbbreviations(body, GLOSSARY, 'текст', 1)].map((issue) => ({
				path: ['body'],
				message: issue.line ? `строка ${issue.line}: ${issue.message}` : issue.message,
			}));
			return [...rules, ...text];
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
		if (!schema) return [];
		const fieldIssues = items.flatMap((item, i) =>
			(schema.safeParse(item).error?.issues ?? []).map((issue) => ({ ...issue, path: [i, ...issue.path] })),
		);
		if (collection !== 'sources') return fieldIssues;
		const sources = items
			.map((item) => item as { id?: unknown; url?: unknown })
			.map(({ id, url }) => ({ id: String(id ?? ''), url: typeof url === 'string' ? url : undefined }));
		return [...fieldIssues, ...sourceUrlIssues(sources).map((issue) => ({ path: [issue.index, 'url'], message: issue.message }))];
	})();
	return issues.map((issue) => `поле «${formatFieldPath(issue.path)}»: ${issue.message}`);
}
