// One Astro run of `npm run build`, started by scripts/build.ts in a child process with
// BUILD_PART set (see src/lib/content/build-part.ts). The build's first run also checks the
// content, in worker threads while Astro starts, and reports the published entries to the parent
// over IPC, so the parent can verify the merged site and its index without re-reading content.
// Astro itself is imported only once the check has started, so that the threads start first.
import path from 'node:path';
import { rendersPracticePages } from '../../src/lib/content/build-part.ts';
import { getContentDir } from '../../src/lib/content/content-dir.ts';
import { prepareBodies } from '../../src/lib/content/prepared-bodies.ts';
import { checkContentInParallel } from '../../src/lib/validation/check-in-parallel.ts';
import { publishedIds } from '../../src/lib/validation/check-content.ts';
import { BUILD_STOPPED, printCheckReport } from '../../src/lib/validation/print-report.ts';
import { CHECK_CONTENT_VARIABLE, type RenderedSite } from './render-protocol.ts';

const [outDir, cacheDir, checkCache] = process.argv.slice(2);
if (!outDir || !cacheDir || !checkCache || !process.send) throw new Error('render-site.ts is started by scripts/build.ts, not by hand');

/**
 * Checks the content and hands the bodies it rendered from its own parse to the practice loader,
 * which waits for them. A failed check stops the run at once, whatever Astro is doing: nothing
 * of it is published. Tells the parent only the published ids of the checked entries.
 */
async function checkSite(): Promise<RenderedSite> {
	// Bodies are rendered for a run that renders practice pages; a split build's listings run has none.
	const checking = checkContentInParallel(getContentDir(), { renderBodies: rendersPracticePages(), cacheFile: checkCache });
	prepareBodies(checking.then(({ bodies }) => bodies));
	const { result } = await checking;
	if (!printCheckReport(result)) {
		console.error(BUILD_STOPPED);
		process.exit(1);
	}
	return { published: publishedIds(result) };
}

async function main(): Promise<void> {
	const checked = process.env[CHECK_CONTENT_VARIABLE] === '1' ? checkSite() : Promise.resolve({});
	const { build } = await import('astro');
	await build({
		root: process.cwd(),
		outDir: path.resolve(outDir),
		cacheDir: path.resolve(cacheDir),
		logLevel: process.env.ASTRO_LOG_LEVEL === 'info' ? 'info' : 'warn',
	});
	const message = await checked;
	// Exit once the message is out: Astro may leave handles open that would keep the child alive.
	process.send!(message, () => process.exit(0));
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
});
