// Wiring only: which files make which collection, validated by which schema.
// The schemas live in src/lib/schemas so that `npm run check` runs the very same rules.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import path from 'node:path';
import { CONTENT_FILES, getContentDir, PRACTICE_GLOB } from './lib/content/content-dir.ts';
import { readTaxonomyIds } from './lib/content/read-taxonomies.ts';
import {
	createPracticeSchema,
	createProgrammeSchema,
	RegionSchema,
	SourceSchema,
	SphereSchema,
} from './lib/schemas/index.ts';

const contentDir = getContentDir();
const ids = readTaxonomyIds(contentDir);
const yamlFile = (name: string) => file(path.join(contentDir, name));

export const collections = {
	practices: defineCollection({
		loader: glob({ base: path.join(contentDir, CONTENT_FILES.practices), pattern: PRACTICE_GLOB }),
		schema: createPracticeSchema(ids),
	}),
	regions: defineCollection({ loader: yamlFile(CONTENT_FILES.regions), schema: RegionSchema }),
	spheres: defineCollection({ loader: yamlFile(CONTENT_FILES.spheres), schema: SphereSchema }),
	programmes: defineCollection({ loader: yamlFile(CONTENT_FILES.programmes), schema: createProgrammeSchema(ids) }),
	sources: defineCollection({ loader: yamlFile(CONTENT_FILES.sources), schema: SourceSchema }),
};
