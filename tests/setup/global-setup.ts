import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { generateCorpus } from '../../scripts/corpus/generate.ts';
import { assertBuilt, buildSite, DIST, ROOT, serveSite, type ServedSite } from './sites.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Where the real site's dist/ is served during the run. */
		baseUrl: string;
		/** The site built from a generated corpus of 1,000 entries, and where it is served. */
		corpusDir: string;
		corpusUrl: string;
	}
}

export const CORPUS_SIZE = 1000;

/**
 * Serves the real build, and builds and serves a generated 1,000-entry corpus through the
 * same build script, so scale properties (pagination, page size, search) are tested too.
 */
export default async function setup(project: TestProject) {
	assertBuilt(DIST);
	const sites: ServedSite[] = [await serveSite(DIST)];
	project.provide('baseUrl', sites[0]!.baseUrl);

	const corpusContent = path.join(ROOT, '.build', `corpus-${CORPUS_SIZE}`);
	generateCorpus({ count: CORPUS_SIZE, out: corpusContent, seed: 42, realContent: path.join(ROOT, 'content') });
	// Built in parts (a listings run and three slices of practice pages, as `npm run build` does for
	// sites over 2,500 entries), so every scale test also checks what a split build publishes.
	const corpusDir = buildSite(`site-corpus-${CORPUS_SIZE}`, corpusContent, { PRACTICES_PER_RUN: '400' });
	sites.push(await serveSite(corpusDir));
	project.provide('corpusDir', corpusDir);
	project.provide('corpusUrl', sites[1]!.baseUrl);

	return async () => {
		await Promise.all(sites.map((site) => site.stop()));
	};
}
