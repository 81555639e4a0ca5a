// `npm run build`: check the content, build the site into a temporary folder, index it for
// search, and only then swap it in for `dist/`. A failed build leaves the previous `dist/`
// exactly as it was, so a bad entry can never half-publish the site.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { BUILD_PART_VARIABLE, formatBuildPart, planBuildParts, PRACTICES_PER_RUN, type BuildPart } from '../src/lib/content/build-part.ts';
import { getContentDir, listPracticeFiles } from '../src/lib/content/content-dir.ts';
import { writeAdmin } from '../src/lib/integrations/admin.ts';
import { buildSearchIndex } from '../src/lib/integrations/search-index.ts';
import { verifyBuiltPractices } from '../src/lib/integrations/verify-output.ts';
import { parseIndexNowKey, writeIndexNowKeyFile } from '../src/lib/seo/indexnow-key.ts';
import { buildPaths } from './build/build-paths.ts';
import { mergePracticePages } from './build/merge-practice-pages.ts';
import { drawOgImages, publishOgImages, type OgImages } from './build/og-images.ts';
import type { RenderedSite } from './build/render-site.ts';

const root = process.cwd();
const outDir = path.resolve(process.env.OUT_DIR ?? 'dist');
const { staging, previous, cacheDir, ogCacheDir, parts, admin } = buildPaths(root, outDir);
// Tests set a small number to exercise a split build on a small site.
const perRun = Number(process.env.PRACTICES_PER_RUN ?? PRACTICES_PER_RUN);
if (!Number.isInteger(perRun) || perRun < 1)
	throw new Error(`PRACTICES_PER_RUN=${process.env.PRACTICES_PER_RUN}: ожидается целое число ≥ 1`);

/**
 * Renders one part of the site (see src/lib/content/build-part.ts) in a child process. Astro's
 * bundler holds every MDX module of a run in memory and the process keeps that memory after
 * the build returns; a child that exits hands it all back before the next run or indexing starts.
 */
function renderPart(part: BuildPart, partOutDir: string, partCacheDir: string): Promise<RenderedSite> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [path.join(import.meta.dirname, 'build/render-site.ts'), partOutDir, partCacheDir], {
			stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
			env: { ...process.env, [BUILD_PART_VARIABLE]: formatBuildPart(part) },
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

/** Renders the site into `staging`: one run, or the lists and then each slice of practice pages. */
async function renderSite(): Promise<string[]> {
	const plan = planBuildParts(listPracticeFiles(getContentDir()).length, perRun);
	let published: string[] | undefined;
	for (const part of plan) {
		const name = formatBuildPart(part);
		const partCache = part.kind === 'whole' ? cacheDir : path.join(cacheDir, name);
		if (part.kind === 'practices') {
			console.error(`Страницы практик, часть ${part.index + 1} из ${part.count}…`);
			const partDir = path.join(parts, name);
			await renderPart(part, partDir, partCache);
			// The plan puts the listings run first, so the published ids are known here.
			mergePracticePages(partDir, staging, published!);
		} else {
			({ published } = await renderPart(part, staging, partCache));
		}
	}
	if (!published) throw new Error('Сборка не сообщила список опубликованных практик.');
	return published;
}

async function main(): Promise<void> {
	// A malformed key stops the build before a minute of rendering, not after it.
	const indexNowKey = parseIndexNowKey(process.env.INDEXNOW_KEY);
	for (const dir of [staging, parts, admin]) fs.rmSync(dir, { recursive: true, force: true });
	fs.mkdirSync(path.dirname(staging), { recursive: true });
	// Preview images are drawn in their own processes while the pages render in theirs.
	// `OG_IMAGES=off` exists only for the bench, to measure what the images cost.
	const drawing: Promise<OgImages> | undefined = process.env.OG_IMAGES === 'off' ? undefined : drawOgImages(getContentDir(), ogCacheDir);
	// A failed render must not leave the drawing's rejection unhandled; the render's error is the one to report.
	drawing?.catch(() => {});
	// The editors' form (/admin/) is bundled once the images leave a core free: it needs neither Astro nor the pages.
	const bundlingAdmin = (drawing ?? Promise.resolve()).then(() => writeAdmin(admin));
	bundlingAdmin.catch(() => {});
	const published = await renderSite();
	// Each slice's folder went with its merge; their common parent goes too.
	fs.rmSync(parts, { recursive: true, force: true });
	await bundlingAdmin;
	// A site whose repository is not on GitHub has no form (writeAdmin says so).
	if (fs.existsSync(path.join(admin, 'admin'))) fs.renameSync(path.join(admin, 'admin'), path.join(staging, 'admin'));
	fs.rmSync(admin, { recursive: true, force: true });
	// IndexNow reads the key from the site's root (scripts/indexnow.ts); no key, no file.
	writeIndexNowKeyFile(staging, indexNowKey);

	// Pagefind indexes in its own process; the images are copied into the site meanwhile.
	const indexing = buildSearchIndex(staging);
	indexing.catch(() => {});
	if (drawing) {
		const images = await drawing;
		publishOgImages(images, staging, ogCacheDir);
		console.error(`Картинки для превью ссылок: ${images.files.length}, нарисовано заново ${images.drawn}.`);
	}
	const index = await indexing;
	verifyBuiltPractices(staging, published, index.pages, { ogImages: drawing !== undefined });

	// Swap: two renames, so `outDir` is never missing for longer than an instant.
	fs.rmSync(previous, { recursive: true, force: true });
	if (fs.existsSync(outDir)) fs.renameSync(outDir, previous);
	fs.renameSync(staging, outDir);
	fs.rmSync(previous, { recursive: true, force: true });
	console.error(`Сайт собран в ${path.relative(root, outDir) || '.'}: ${published.length} практик, ${index.pages} в поисковом индексе.`);
}

main().catch((error: unknown) => {
	for (const dir of [staging, parts, admin]) fs.rmSync(dir, { recursive: true, force: true });
	console.error(error instanceof Error ? error.message : error);
	// Exit now: image workers still drawing for a build that will not be published are not waited for.
	process.exit(1);
});
