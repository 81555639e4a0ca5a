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
	sources: 'sources.yaml',
	glossary: 'glossary.yaml',
} as const;

/** Practice files: `*.mdx` whose name does not start with `_` (an underscore marks a draft file that is never loaded). */
export const PRACTICE_GLOB = '**/[^_]*.mdx';
