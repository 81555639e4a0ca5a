// Wiring only: which files make which collection, validated by which schema.
// The schemas live in src/lib/schemas so that `npm run check` runs the very same rules.
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import path from 'node:path';
import { currentBuildPart, practiceFilesOf } from './lib/content/build-part.ts';
import { CONTENT_FILES, getContentDir, listPracticeFiles } from './lib/content/content-dir.ts';
import { practiceFrontmatterLoader } from './lib/content/practice-frontmatter-loader.ts';
import { practiceLoader } from './lib/content/practice-loader.ts';
import { readTaxonomyIds } from './lib/content/read-taxonomies.ts';
import {
	createMechanismSchema,
	createPracticeSchema,
	createProgrammeSchema,
	RegionSchema,
	SourceSchema,
	SphereSchema,
} from './lib/schemas/index.ts';

const contentDir = getContentDir();
const ids = readTaxonomyIds(contentDir);
const yamlFile = (name: string) => file(path.join(contentDir, name));
const practiceSchema = createPracticeSchema(ids);
const part = currentBuildPart();
// A whole run loads every file (and the dev server sees new ones); a run of a split build (see
// build-part.ts) loads the files of its slice, or none. PRACTICE_BODIES=mdx is the tests' reference build.
const practiceFiles = part.kind === 'whole' ? undefined : practiceFilesOf(part, listPracticeFiles(contentDir));
const bodies = process.env.PRACTICE_BODIES === 'mdx' ? 'mdx' : 'auto';

export const collections = {
	// The entries with their bodies, for the practice pages only: rendered HTML, or an MDX module
	// in the bundle for a body that uses components (see practice-loader.ts).
	practices: defineCollection({
		loader: practiceLoader({ contentDir, files: practiceFiles, bodies }),
		schema: practiceSchema,
	}),
	// Every entry's frontmatter, same schema and ids: what lists, hubs, feeds and related links read.
	practiceIndex: defineCollection({
		loader: practiceFrontmatterLoader(contentDir),
		schema: practiceSchema,
	}),
	regions: defineCollection({ loader: yamlFile(CONTENT_FILES.regions), schema: RegionSchema }),
	spheres: defineCollection({ loader: yamlFile(CONTENT_FILES.spheres), schema: SphereSchema }),
	programmes: defineCollection({ loader: yamlFile(CONTENT_FILES.programmes), schema: createProgrammeSchema(ids) }),
	mechanisms: defineCollection({ loader: yamlFile(CONTENT_FILES.mechanisms), schema: createMechanismSchema(ids) }),
	sources: defineCollection({ loader: yamlFile(CONTENT_FILES.sources), schema: SourceSchema }),
};
