import path from 'node:path';
import { createMechanismSchema, ThesaurusConceptSchema } from '../schemas/index.ts';
import { CONTENT_FILES, getContentDir } from './content-dir.ts';
import { readTaxonomyIds, readYamlList } from './read-taxonomies.ts';

const cached = new Map<string, string[][]>();

/**
 * The concepts the search expands pages with: the thesaurus, and each mechanism's name with its
 * aliases (a mechanism's names are its readers' words too). Plain data, read once per content
 * tree; the check has already reported any invalid item with its line.
 */
export function getSearchConcepts(contentDir = getContentDir()): string[][] {
	let concepts = cached.get(contentDir);
	if (!concepts) {
		const thesaurus = readYamlList(path.join(contentDir, CONTENT_FILES.thesaurus)).map((item) => ThesaurusConceptSchema.parse(item).words);
		const mechanismSchema = createMechanismSchema(readTaxonomyIds(contentDir));
		const mechanisms = readYamlList(path.join(contentDir, CONTENT_FILES.mechanisms)).map((item) => {
			const mechanism = mechanismSchema.parse(item);
			return [mechanism.name, ...mechanism.aliases];
		});
		concepts = [...thesaurus, ...mechanisms];
		cached.set(contentDir, concepts);
	}
	return concepts;
}
