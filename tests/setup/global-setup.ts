import type { TestProject } from 'vitest/node';
import { assertBuilt, DIST, serveSite } from './sites.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Where the real site's dist/ is served during the run. */
		baseUrl: string;
	}
}

/** Serves the real build once for every browser test file. */
export default async function setup(project: TestProject) {
	assertBuilt(DIST);
	const site = await serveSite(DIST);
	project.provide('baseUrl', site.baseUrl);
	return site.stop;
}
