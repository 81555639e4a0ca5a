import path from 'node:path';
import { GlossaryTermSchema, type GlossaryTerm } from '../schemas/glossary.ts';
import { CONTENT_FILES, getContentDir } from './content-dir.ts';
import { readYamlList } from './read-taxonomies.ts';

let cached: GlossaryTerm[] | undefined;

/**
 * The glossary of abbreviations. Plain data rather than a collection: the search page, the
 * glossary page and the content check all read it, and the check has already reported any
 * invalid item with its line, so here a bad file is simply an error.
 */
export function getGlossary(contentDir = getContentDir()): GlossaryTerm[] {
	cached ??= readYamlList(path.join(contentDir, CONTENT_FILES.glossary)).map((item) => GlossaryTermSchema.parse(item));
	return cached;
}
