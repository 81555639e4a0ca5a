// Wiring only: which files make which collection, validated by which schema.
// The schemas live in src/lib/schemas so that `npm run check` runs the very same rules.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import path from 'node:path';
import { currentBuildPart, practiceFilesOf } from './lib/content/build-part.ts';
import { CONTENT_FILES, getContentDir, listPracticeFiles, PRACTICE_GLOB, practiceId } from './lib/content/content-dir.ts';
import { practiceFrontmatterLoader } from './lib/content/practice-frontmatter-loader.ts';
import { readTaxonomyIds } from './lib/content/read-taxonomies.ts';
import { createPracticeSchema, createProgrammeSchema, RegionSchema, SourceSchema, SphereSchema } from './lib/schemas/index.ts';

const contentDir = getContentDir();
const ids = readTaxonomyIds(contentDir);
const yamlFile = (name: string) => file(path.join(contentDir, name));
const practicesDir = path.join(contentDir, CONTENT_FILES.practices);
const practiceSchema = createPracticeSchema(ids);

/**
 * The MDX entries whose pages this run renders. A whole run globs, so the dev server sees new
 * files; a run of a split build (see build-part.ts) names the files of its slice, or none.
 */
function practiceLoader() {
	const part = currentBuildPart();
	const generateId = ({ entry }: { entry: string }) => practiceId(entry);
	if (part.kind === 'whole') return glob({ base: practicesDir, pattern: PRACTICE_GLOB, generateId });
	const files = practiceFilesOf(part, listPracticeFiles(contentDir));
	return files.length > 0 ? glob({ base: practicesDir, pattern: files, generateId }) : () => [];
}

export const collections = {
	// The entries with their MDX bodies, for the practice pages only. Each is a module in the bundle.
	practices: defineCollection({
		loader: practiceLoader(),
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
	sources: defineCollection({ loader: yamlFile(CONTENT_FILES.sources), schema: SourceSchema }),
};
