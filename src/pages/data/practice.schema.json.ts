import type { APIRoute } from 'astro';
import { getContentDir } from '../../lib/content/content-dir.ts';
import { readTaxonomyIds } from '../../lib/content/read-taxonomies.ts';
import { createPracticeJsonSchema } from '../../lib/open-data/practice-json-schema.ts';
import { absoluteUrl } from '../../lib/urls.ts';

/** JSON Schema of the entry format, generated from the same zod schema the check uses. */
export const GET: APIRoute = () => {
	const schema = createPracticeJsonSchema(readTaxonomyIds(getContentDir()), absoluteUrl('/data/practice.schema.json'));
	return new Response(JSON.stringify(schema, null, '\t'), { headers: { 'Content-Type': 'application/schema+json' } });
};
