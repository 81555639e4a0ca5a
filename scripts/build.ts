// `npm run build`: check the content, build the site into a temporary folder, index it for
// search, and only then swap it in for `dist/`. A failed build leaves the previous `dist/`
// exactly as it was, so a bad entry can never half-publish the site. When only the texts of some
// entries changed since the last build, only their pages are made again (build/rebuild-plan.ts).
import fs from 'node:fs';
import path from 'node:path';
import { formatBuildPart, planBuildParts, PRACTICES_PER_RUN } from '../src/lib/content/build-part.ts';
import { CONTENT_FILES, getContentDir, listPracticeFiles, practiceId } from '../src/lib/content/content-dir.ts';
import { getGlossary } from '../src/lib/content/get-glossary.ts';
import { writeAdmin } from '../src/lib/integrations/admin.ts';
import { buildSearchIndex, countIndexedPages } from '../src/lib/integrations/search-index.ts';
import { verifyBuiltPractices } from '../src/lib/integrations/verify-output.ts';
import { parseIndexNowKey, writeIndexNowKeyFile } from '../src/lib/seo/indexnow-key.ts';
import { practicesUrl } from '../src/lib/urls.ts';
import { checkContentInParallel } from '../src/lib/validation/check-in-parallel.ts';
import { publishedIds } from '../src/lib/validation/check-content.ts';
import { BUILD_STOPPED, printCheckReport } from '../src/lib/validation/print-report.ts';
import { buildPaths } from './build/build-paths.ts';
import { mergePracticePages } from './build/merge-practice-pages.ts';
import { drawOgImages, publishOgImages } from './build/og-images.ts';
import { patchPracticePages } from './build/patch-practice-pages.ts';
import { currentManifest, linkTree, planRebuild, readManifest, writeManifest, type BuildManifest } from './build/rebuild-plan.ts';
import { renderPart } from './build/render-part.ts';

const root = process.cwd();
const contentDir = getContentDir();
const outDir = path.resolve(process.env.OUT_DIR ?? 'dist');
const { staging, previous, cacheDir, ogCacheDir, checkCache, manifest, parts, admin } = buildPaths(root, outDir);
// Tests set a small number to exercise a split build on a small site.
const perRun = Number(process.env.PRACTICES_PER_RUN ?? PRACTICES_PER_RUN);
if (!Number.isInteger(perRun) || perRun < 1)
	throw new Error(`PRACTICES_PER_RUN=${process.env.PRACTICES_PER_RUN}: ожидается целое число ≥ 1`);
const withImages = process.env.OG_IMAGES !== 'off';

/** Renders the site into `staging`: one run, or the lists and then each slice of practice pages. */
async function renderSite(): Promise<string[]> {
	const plan = planBuildParts(listPracticeFiles(contentDir).length, perRun);
	let published: string[] | undefined;
	for (const [index, part] of plan.entries()) {
		const name = formatBuildPart(part);
		// The first run checks the content and reports the published entries.
		const run = { checkCache, check: index === 0, cacheDir: part.kind === 'whole' ? cacheDir : path.join(cacheDir, name) };
		if (part.kind === 'practices') {
			console.error(`Страницы практик, часть ${part.index + 1} из ${part.count}…`);
			const partDir = path.join(parts, name);
			await renderPart(part, { ...run, outDir: partDir });
			// The plan puts the listings run first, so the published ids are known here.
			mergePracticePages(partDir, staging, published!);
		} else {
			({ published } = await renderPart(part, { ...run, outDir: staging }));
		}
	}
	if (!published) throw new Error('Сборка не сообщила список опубликованных практик.');
	return published;
}

/** The published entries, and the search index that is being made of the staged site. */
interface StagedSite {
	published: string[];
	indexing: Promise<{ pages: number }>;
}

/** Builds every page, draws the preview images and bundles the editors' form. */
async function buildEverything(indexNowKey: string | undefined): Promise<StagedSite> {
	// The first Astro run starts before anything else here: the images' cards are read meanwhile.
	const rendering = renderSite();
	// Preview images are drawn in their own processes while the pages render in theirs.
	// `OG_IMAGES=off` exists only for the bench, to measure what the images cost.
	const drawing = withImages ? drawOgImages(contentDir, ogCacheDir) : undefined;
	// A failed render must not leave the drawing's rejection unhandled; the render's error is the one to report.
	drawing?.catch(() => {});
	const published = await rendering;
	// Each slice's folder went with its merge; their common parent goes too.
	fs.rmSync(parts, { recursive: true, force: true });
	// Pagefind indexes the practice pages in its own process; meanwhile the editors' form is
	// bundled (after Astro's run, not beside it: together they made the build's memory peak) and
	// moved in, and the images are linked in.
	const indexing = buildSearchIndex(staging);
	indexing.catch(() => {});
	await writeAdmin(admin);
	// A site whose repository is not on GitHub has no form (writeAdmin says so).
	if (fs.existsSync(path.join(admin, 'admin'))) fs.renameSync(path.join(admin, 'admin'), path.join(staging, 'admin'));
	fs.rmSync(admin, { recursive: true, force: true });
	// IndexNow reads the key from the site's root (scripts/indexnow.ts); no key, no file.
	writeIndexNowKeyFile(staging, indexNowKey);
	if (drawing) {
		const images = await drawing;
		publishOgImages(images, staging, ogCacheDir);
		console.error(`Картинки для превью ссылок: ${images.files.length}, нарисовано заново ${images.drawn}.`);
	}
	return { published, indexing };
}

/**
 * Keeps the previous output but for the pages of `files`, whose texts changed, and makes those
 * again: patched (patch-practice-pages.ts), or else rendered by one small Astro run. The images,
 * the form and the IndexNow key depend on nothing that changed.
 */
async function rebuildPages(files: string[], previousBuild: BuildManifest, build: BuildManifest): Promise<StagedSite> {
	console.error(`Пересборка: изменились только тексты (${files.length}), остальные страницы взяты из прошлой сборки.`);
	const pageDir = (file: string) => `${practicesUrl.slice(1)}${practiceId(file)}`;
	// With no change at all, the search index is kept too: it was made from the same pages.
	linkTree(outDir, staging, new Set(files.length ? ['pagefind', ...files.map(pageDir)] : []));
	// A few files to check (the cache has the others' results): here, with no thread to start.
	const { result } = await checkContentInParallel(contentDir, { cacheFile: checkCache });
	if (!printCheckReport(result)) throw new Error(BUILD_STOPPED);
	const published = publishedIds(result);
	if (files.length === 0) {
		return { published, indexing: Promise.resolve({ pages: countIndexedPages(path.join(staging, 'pagefind')) }) };
	}
	// A draft has no page to make.
	const pages = files.filter((file) => published.includes(practiceId(file)));
	const patched =
		process.env.PRACTICE_BODIES !== 'mdx' &&
		patchPracticePages({
			previousOut: outDir,
			staging,
			practicesDir: path.join(contentDir, CONTENT_FILES.practices),
			glossary: getGlossary(contentDir),
			// The texts this build's manifest records, so the next rebuild looks for exactly what was patched in.
			changed: pages.map((file) => ({
				file,
				previousContents: previousBuild.practices[file]!,
				contents: build.practices[file]!,
				pageDir: pageDir(file),
			})),
		});
	if (patched) console.error(`Страницы обновлены без Astro: ${pages.length}.`);
	else {
		const partDir = path.join(parts, 'changed');
		await renderPart({ kind: 'files', files }, { outDir: partDir, cacheDir: path.join(cacheDir, 'changed'), checkCache, check: false });
		mergePracticePages(partDir, staging, files.map(practiceId));
		fs.rmSync(parts, { recursive: true, force: true });
	}
	return { published, indexing: buildSearchIndex(staging, { previous: path.join(outDir, 'pagefind') }) };
}

async function main(): Promise<void> {
	// A malformed key stops the build before anything else, let alone a minute of rendering.
	const indexNowKey = parseIndexNowKey(process.env.INDEXNOW_KEY);
	for (const dir of [staging, parts, admin]) fs.rmSync(dir, { recursive: true, force: true });
	fs.mkdirSync(path.dirname(staging), { recursive: true });
	const made = currentManifest(root, contentDir);
	const previousBuild = readManifest(manifest);
	const plan = planRebuild(previousBuild, made, fs.existsSync(outDir));
	// Why a rebuild renders everything, for an editor who expected it to be quick.
	if (plan.kind === 'full' && previousBuild) console.error(`Полная сборка: ${plan.reason}.`);
	const { published, indexing } =
		plan.kind === 'bodies' ? await rebuildPages(plan.files, previousBuild!, made) : await buildEverything(indexNowKey);
	const index = await indexing;
	verifyBuiltPractices(staging, published, index.pages, { ogImages: withImages });

	// Swap: two renames, so `outDir` is never missing for longer than an instant. The manifest
	// goes first: a build stopped between the swap and the new manifest must not be taken for the old one.
	fs.rmSync(manifest, { force: true });
	fs.rmSync(previous, { recursive: true, force: true });
	if (fs.existsSync(outDir)) fs.renameSync(outDir, previous);
	fs.renameSync(staging, outDir);
	fs.rmSync(previous, { recursive: true, force: true });
	// Written last: the next build may keep this output only once it is the published one.
	writeManifest(manifest, made);
	console.error(`Сайт собран в ${path.relative(root, outDir) || '.'}: ${published.length} практик, ${index.pages} в поисковом индексе.`);
}

main().catch((error: unknown) => {
	for (const dir of [staging, parts, admin]) fs.rmSync(dir, { recursive: true, force: true });
	console.error(error instanceof Error ? error.message : error);
	// Exit now: image workers still drawing for a build that will not be published are not waited for.
	process.exit(1);
});
