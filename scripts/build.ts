// `npm run build`: check the content, build the site into a temporary folder, index it for
// search, and only then swap it in for `dist/`. A failed build leaves the previous `dist/`
// exactly as it was, so a bad entry can never half-publish the site.
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'astro';
import { getContentDir } from '../src/lib/content/content-dir.ts';
import { buildSearchIndex } from '../src/lib/integrations/search-index.ts';
import { checkContent } from '../src/lib/validation/check-content.ts';
import { printCheckReport } from '../src/lib/validation/print-report.ts';
import { verifyBuiltPractices } from '../src/lib/integrations/verify-output.ts';

const root = process.cwd();
const outDir = path.resolve(process.env.OUT_DIR ?? 'dist');
const staging = path.join(root, '.build', `${path.basename(outDir)}-staging`);
const previous = path.join(root, '.build', `${path.basename(outDir)}-previous`);

async function main(): Promise<void> {
	const result = checkContent(getContentDir());
	if (!printCheckReport(result)) throw new Error('Сборка остановлена: в содержимом есть ошибки (см. выше).');

	fs.rmSync(staging, { recursive: true, force: true });
	fs.mkdirSync(path.dirname(staging), { recursive: true });
	await build({
		root,
		outDir: staging,
		// One cache per output: a fixture or corpus build must never reuse another tree's data store.
		cacheDir: path.join(root, '.build', `cache-${path.basename(outDir)}`),
		logLevel: process.env.ASTRO_LOG_LEVEL === 'info' ? 'info' : 'warn',
	});

	const index = await buildSearchIndex(staging);
	const published = result.practices.filter((practice) => !practice.draft).map((practice) => practice.id);
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
