import fs from 'node:fs';
import path from 'node:path';

/**
 * Root of the content folder. `CONTENT_DIR` points the whole site (check, build, tests,
 * benchmark) at another tree, e.g. a generated corpus, without touching `content/`.
 */
export function getContentDir(): string {
	return path.resolve(process.env.CONTENT_DIR ?? 'content');
}

/** Files and folders inside the content root; one place so that every tool agrees. */
export const CONTENT_FILES = {
	practices: 'practices',
	regions: 'regions.yaml',
	spheres: 'spheres.yaml',
	programmes: 'programmes.yaml',
	mechanisms: 'mechanisms.yaml',
	sources: 'sources.yaml',
	glossary: 'glossary.yaml',
	thesaurus: 'thesaurus.yaml',
} as const;

/** Practice files: `*.mdx` whose name does not start with `_` (an underscore marks a draft file that is never loaded). */
export const PRACTICE_GLOB = '**/[^_]*.mdx';

/**
 * Every practice file Astro loads, relative to the practices folder and sorted, so that the
 * planner and each run's content config cut the same slices. Names starting with `_` are never
 * loaded: the same files as PRACTICE_GLOB.
 */
export function listPracticeFiles(contentDir: string): string[] {
	const dir = path.join(contentDir, CONTENT_FILES.practices);
	if (!fs.existsSync(dir)) return [];
	return fs
		.readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith('.mdx') && !path.basename(name).startsWith('_'))
		.map((name) => name.split(path.sep).join('/'))
		.sort();
}

/** A practice's id: its file name without `.mdx`. The collections, the check and the build agree on it. */
export function practiceId(file: string): string {
	return path.basename(file).replace(/\.mdx$/, '');
}
