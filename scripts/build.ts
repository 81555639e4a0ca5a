// `npm run build`: check the content, build the site into a temporary folder, index it for
// search, and only then swap it in for `dist/`. A failed build leaves the previous `dist/`
// exactly as it was, so a bad entry can never half-publish the site.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildSearchIndex } from '../src/lib/integrations/search-index.ts';
import { verifyBuiltPractices } from '../src/lib/integrations/verify-output.ts';
import { buildPaths } from './build/build-paths.ts';
import type { RenderedSite } from './build/render-site.ts';

const root = process.cwd();
const outDir = path.resolve(process.env.OUT_DIR ?? 'dist');
const { staging, previous, cacheDir } = buildPaths(root, outDir);

/**
 * Checks the content and renders the site in a child process. Astro's bundler holds every MDX
 * module in memory (gigabytes at 10,000 entries) and the process keeps that memory after the
 * build returns; Pagefind, started afterwards in the same process, would add its own on top.
 * A child that exits hands it all back before indexing starts.
 */
function renderSite(): Promise<RenderedSite> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [path.join(import.meta.dirname, 'build/render-site.ts'), staging, cacheDir], {
			stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
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

async function main(): Promise<void> {
	fs.rmSync(staging, { recursive: true, force: true });
	fs.mkdirSync(path.dirname(staging), { recursive: true });
	const { published } = await renderSite();

	const index = await buildSearchIndex(staging);
	verifyBuiltPractices(staging, published, index.pages);

	// Swap: two renames, so `outDir` is never missing for longer than an instant.
	fs.rmSync(previous, { recursive: true, force: true });
	if (fs.existsSync(outDir)) fs.renameSync(outDir, previous);
	fs.renameSync(staging, outDir);
	fs.rmSync(previous, { recursive: true, force: true });
	console.error(`Сайт собран в ${path.relative(root, outDir) || '.'}: ${published.length} практик, ${index.pages} в поисковом индексе.`);
}

main().catch((error: unknown) => {
	fs.rmSync(staging, { recursive: true, force: true });
	console.error(error instanceof Error ? error.message : error);
	process.exitCode = 1;
});
