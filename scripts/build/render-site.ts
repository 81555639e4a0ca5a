// One Astro run of `npm run build`, started by scripts/build.ts in a child process with
// BUILD_PART set (see src/lib/content/build-part.ts). The run that renders the lists first checks
// the content and reports the published entries to the parent over IPC, so the parent can verify
// the merged site and its index without re-reading content.
import path from 'node:path';
import { build } from 'astro';
import { rendersListings } from '../../src/lib/content/build-part.ts';
import { getContentDir } from '../../src/lib/content/content-dir.ts';
import { getGlossary } from '../../src/lib/content/get-glossary.ts';
import { prepareBody } from '../../src/lib/content/prepared-bodies.ts';
import { createBodyRenderer, needsMdxCompiler } from '../../src/lib/markdown/render-body.ts';
import { checkContent } from '../../src/lib/validation/check-content.ts';
import { printCheckReport } from '../../src/lib/validation/print-report.ts';

/** What the child sends its parent when its part is rendered. */
export interface RenderedSite {
	/** Ids of the published entries; sent by the run that checked the content. */
	published?: string[];
}

const [outDir, cacheDir] = process.argv.slice(2);
if (!outDir || !cacheDir || !process.send) throw new Error('render-site.ts is started by scripts/build.ts, not by hand');

/**
 * Checks the content; keeps only the published ids, so the parsed entries can be freed before
 * Astro runs, and the bodies rendered from the check's own parse for the practice loader.
 */
function checkedSite(): RenderedSite {
	const contentDir = getContentDir();
	const renderBody = createBodyRenderer(getGlossary(contentDir));
	const result = checkContent(contentDir, {
		onBody: (filePath, contents, tree) => prepareBody(filePath, contents, needsMdxCompiler(tree) ? undefined : renderBody(tree, filePath)),
	});
	if (!printCheckReport(result)) throw new Error('Сборка остановлена: в содержимом есть ошибки (см. выше).');
	return { published: result.practices.filter((practice) => !practice.draft).map((practice) => practice.id) };
}

async function main(): Promise<void> {
	const message = rendersListings() ? checkedSite() : {};
	await build({
		root: process.cwd(),
		outDir: path.resolve(outDir),
		cacheDir: path.resolve(cacheDir),
		logLevel: process.env.ASTRO_LOG_LEVEL === 'info' ? 'info' : 'warn',
	});
	// Exit once the message is out: Astro may leave handles open that would keep the child alive.
	process.send!(message, () => process.exit(0));
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
});
