import { spawn } from 'node:child_process';
import path from 'node:path';
import { BUILD_PART_VARIABLE, formatBuildPart, type BuildPart } from '../../src/lib/content/build-part.ts';
import { CHECK_CONTENT_VARIABLE, type RenderedSite } from './render-protocol.ts';

export interface RenderPartOptions {
	outDir: string;
	/** Astro's cache (its data store) for this part. */
	cacheDir: string;
	/** The content check's results between builds (see check-cache.ts). */
	checkCache: string;
	/** Whether this run checks the content (the first run of a build) and reports the published entries. */
	check: boolean;
}

/**
 * Renders one part of the site (see src/lib/content/build-part.ts) in a child process
 * (render-site.ts). Astro's bundler holds every module of a run in memory and the process keeps
 * that memory after the build returns; a child that exits hands it all back before the next run
 * or indexing starts.
 */
export function renderPart(part: BuildPart, { outDir, cacheDir, checkCache, check }: RenderPartOptions): Promise<RenderedSite> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [path.join(import.meta.dirname, 'render-site.ts'), outDir, cacheDir, checkCache], {
			stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
			env: {
				...process.env,
				// A production build whatever the caller's NODE_ENV: under a test runner's `test`, Vite's
				// bundling of a split build's slices hung (15 s to 2 min) and failed with «oneshot canceled».
				NODE_ENV: 'production',
				[BUILD_PART_VARIABLE]: formatBuildPart(part),
				[CHECK_CONTENT_VARIABLE]: check ? '1' : '',
			},
		});
		let rendered: RenderedSite | undefined;
		child.on('message', (message: RenderedSite) => (rendered = message));
		child.on('error', reject);
		child.on('exit', (code, signal) => {
			if (code === 0 && rendered) resolve(rendered);
			// The child has already printed why it failed; say only that nothing was published.
			else reject(new Error(`Сайт не обновлён: сборка завершилась с ошибкой (${signal ?? `код ${code}`}).`));
		});
	});
}
