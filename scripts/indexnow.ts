// `npm run indexnow`: after a deploy, submits to IndexNow the URLs whose `lastmod` changed since the
// previous deploy (src/lib/seo/indexnow.ts). `npm run indexnow -- --save-live`, run before the deploy,
// keeps the live site's sitemap as that previous deploy's. Without INDEXNOW_KEY both do nothing at all.
//
// The previous sitemap is read from the live site rather than kept in a CI cache: the live site is
// by definition the last deploy, and a cache is evicted after a week without deploys.
import fs from 'node:fs';
import path from 'node:path';
import { formatCount } from '../src/lib/format/plural.ts';
import { addresses, diffSitemaps, errorReason, INDEXNOW_ENDPOINT, indexNowBodies, submitToIndexNow } from '../src/lib/seo/indexnow.ts';
import { indexNowKeyLocation, parseIndexNowKey } from '../src/lib/seo/indexnow-key.ts';
import { readSitemap, type SitemapEntries } from '../src/lib/seo/sitemap-entries.ts';
import { SITE } from '../src/site.config.ts';

const outDir = path.resolve(process.env.OUT_DIR ?? 'dist');
/** The live sitemap as it was before this deploy, under .build/, which git and the site leave out. */
const previousFile = path.resolve(process.env.INDEXNOW_PREVIOUS ?? '.build/indexnow/previous-sitemap.json');
// Tests point this at a local server; the default shares the submission with every IndexNow engine.
const endpoint = process.env.INDEXNOW_ENDPOINT || INDEXNOW_ENDPOINT;
const sitemapIndex = `${SITE.url}/sitemap-index.xml`;

async function fetchText(url: string): Promise<string> {
	const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
	if (!response.ok) throw new Error(`${url} ответил ${response.status}`);
	return response.text();
}

/** A sitemap file of the new build: the file of that name at the root of OUT_DIR. */
async function readBuilt(url: string): Promise<string> {
	const file = path.join(outDir, path.posix.basename(new URL(url).pathname));
	if (!fs.existsSync(file)) throw new Error(`IndexNow: нет файла ${file}: сначала соберите сайт (npm run build).`);
	return fs.readFileSync(file, 'utf8');
}

/** Before the deploy: the live sitemap, or no file at all when there is none to read (then all URLs go). */
async function saveLiveSitemap(): Promise<void> {
	// A copy left from an earlier run must never stand in for the live site.
	fs.rmSync(previousFile, { force: true });
	let entries: SitemapEntries;
	try {
		entries = await readSitemap(sitemapIndex, fetchText);
	} catch (error) {
		// Not a failure: the first deploy has no sitemap yet, and a deploy must not wait for the old site.
		console.log(
			`IndexNow: карту сайта ${sitemapIndex} прочитать не удалось (${errorReason(error)}); после публикации будут отправлены все адреса.`,
		);
		return;
	}
	fs.mkdirSync(path.dirname(previousFile), { recursive: true });
	fs.writeFileSync(
		previousFile,
		`${JSON.stringify(Object.fromEntries([...entries].map(([url, lastmod]) => [url, lastmod ?? null])), null, '\t')}\n`,
	);
	console.log(`IndexNow: карта сайта до публикации сохранена (${addresses(entries.size)}).`);
}

function readPrevious(): SitemapEntries | undefined {
	if (!fs.existsSync(previousFile)) return undefined;
	const saved = JSON.parse(fs.readFileSync(previousFile, 'utf8')) as Record<string, string | null>;
	return new Map(Object.entries(saved).map(([url, lastmod]) => [url, lastmod ?? undefined]));
}

/** After the deploy: submits what changed, in as many requests as the protocol's limit asks. */
async function submitChanges(key: string): Promise<void> {
	// The engine reads the key from the site; a build made without this key would get every request refused.
	const keyFile = path.join(outDir, `${key}.txt`);
	if (!fs.existsSync(keyFile) || fs.readFileSync(keyFile, 'utf8') !== key) {
		throw new Error(`IndexNow: в сборке нет файла ключа ${path.basename(keyFile)}: соберите сайт с тем же INDEXNOW_KEY.`);
	}
	const current = await readSitemap(sitemapIndex, readBuilt);
	const previous = readPrevious();
	if (!previous) console.log('IndexNow: карты сайта прошлой публикации нет, отправляются все адреса.');
	const { added, changed, removed } = diffSitemaps(previous, current, SITE.url);
	const urls = [...added, ...changed, ...removed];
	if (urls.length === 0) {
		console.log('IndexNow: с прошлой публикации ни одна страница не изменилась, отправлять нечего.');
		return;
	}
	const bodies = indexNowBodies(urls, { siteUrl: SITE.url, key, keyLocation: indexNowKeyLocation(SITE.url, key) });
	await submitToIndexNow(bodies, endpoint);
	const requests = formatCount(bodies.length, ['запрос', 'запроса', 'запросов']);
	console.log(
		`IndexNow: ${endpoint} принял ${addresses(urls.length)} (новых ${added.length}, изменённых ${changed.length}, удалённых ${removed.length}), ${requests}.`,
	);
}

async function main(): Promise<void> {
	const args = process.argv.slice(2);
	const saveLive = args[0] === '--save-live';
	if (args.length > (saveLive ? 1 : 0)) throw new Error(`IndexNow: неизвестные аргументы: ${args.join(' ')}. Есть только --save-live.`);
	const key = parseIndexNowKey(process.env.INDEXNOW_KEY);
	if (!key) {
		console.log('IndexNow: ключ INDEXNOW_KEY не задан — ничего не отправлено.');
		return;
	}
	await (saveLive ? saveLiveSitemap() : submitChanges(key));
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : error);
	process.exitCode = 1;
});
