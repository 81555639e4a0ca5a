import { z } from 'astro/zod';
import { createPracticeSchema } from '../schemas/practice.ts';
import { PARTIAL_DATE_HINT } from '../schemas/partial-date.ts';
import type { TaxonomyIds } from '../schemas/reference.ts';

type JsonSchema = { properties: Record<string, Record<string, unknown>>; [key: string]: unknown };

const DATE = { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$', description: PARTIAL_DATE_HINT };

/**
 * JSON Schema of a practice's frontmatter, generated from the zod schema the check uses, with
 * what zod cannot express in JSON Schema filled in: the slugs references may take, and the
 * date format. Published next to the open data and used by editors' VS Code for completion.
 */
export function createPracticeJsonSchema(ids: TaxonomyIds, url: string): object {
	const schema = z.toJSONSchema(createPracticeSchema(ids), { io: 'input', unrepresentable: 'any' }) as JsonSchema;
	const { properties } = schema;
	properties.spheres!.items = { type: 'string', enum: [...ids.spheres] };
	properties.sources!.items = { type: 'string', enum: [...ids.sources] };
	properties.region = { type: 'string', enum: [...ids.regions] };
	properties.programme = { type: 'string', enum: [...ids.programmes] };
	properties.mechanisms!.items = { type: 'string', enum: [...ids.mechanisms] };
	properties.date = DATE;
	properties.added = { ...DATE, pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
	properties.updated = { ...DATE, pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
	return {
		...schema,
		$id: url,
		title: 'Практика: метаданные записи content/practices/*.mdx',
		description: 'Поля в начале файла практики, между строками «---». Подробности — в CONTRIBUTING.md.',
	};
}
