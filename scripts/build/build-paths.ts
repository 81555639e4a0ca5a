import path from 'node:path';

/**
 * The working folders `npm run build` uses for an output folder, all under `.build/`. The bench
 * and the tests clear the cache through this too, so a cold build is cold wherever it is asked for.
 */
export function buildPaths(
	root: string,
	outDir: string,
): {
	staging: string;
	previous: string;
	cacheDir: string;
	ogCacheDir: string;
	checkCache: string;
	manifest: string;
	parts: string;
	admin: string;
} {
	const name = path.basename(outDir);
	const work = path.join(root, '.build');
	return {
		staging: path.join(work, `${name}-staging`),
		previous: path.join(work, `${name}-previous`),
		// Where the runs of a split build render their slices of practice pages before the merge.
		parts: path.join(work, `${name}-parts`),
		// Where the editors' form is bundled while Astro renders, to be moved into the site after.
		admin: path.join(work, `${name}-admin`),
		// One cache per output: a fixture or corpus build must never reuse another tree's data store.
		cacheDir: path.join(work, `cache-${name}`),
		// Link-preview images by the hash of their text (og-images.ts); outside Astro's cache,
		// which Astro manages itself.
		ogCacheDir: path.join(work, `og-${name}`),
		// What the content check found in each file, so a rebuild checks only the files that changed.
		checkCache: path.join(work, `check-${name}.json`),
		// What the published output was made from (rebuild-plan.ts): a rebuild keeps what did not change.
		manifest: path.join(work, `manifest-${name}.json`),
	};
}

/** What a cold build starts without: every cache a build of `outDir` keeps between runs. */
export function coldBuildRemoves(root: string, outDir: string): string[] {
	const { cacheDir, ogCacheDir, checkCache, manifest } = buildPaths(root, outDir);
	return [cacheDir, ogCacheDir, checkCache, manifest];
}
