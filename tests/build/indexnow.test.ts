import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { copyMinimalContent } from '../fixtures/content-tree.ts';
import { writeSitemap, type SitemapPage } from '../fixtures/sitemap-xml.ts';
import { startFakeIndexNow, type FakeIndexNow } from '../setup/indexnow-endpoint.ts';
import { sitemapUrls } from '../setup/feeds.ts';
import { buildSite, DIST, ROOT } from '../setup/sites.ts';

const KEY = 'f0e1d2c3-b4a5-4697-8877-665544332211';

interface Run {
	status: number;
	stdout: string;
	stderr: string;
}

/**
 * Runs a script in a child process without blocking this one: the stand-in endpoint lives in this
 * process and must be free to answer. The environment starts clean of any IndexNow setting.
 */
function run(script: string, args: string[], cwd: string, env: Record<string, string>): Promise<Run> {
	const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('INDEXNOW_')));
	return new Promise((resolve) => {
		execFile(process.execPath, [path.join(ROOT, script), ...args], { cwd, env: { ...inherited, ...env } }, (error, stdout, stderr) =>
			resolve({ status: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
		);
	});
}

describe('npm run indexnow, against a local stand-in for the endpoint and the live site', () => {
	let fake: FakeIndexNow;
	let work: string;
	const page = (sitePath: string) => `${fake.url}${sitePath}`;
	const practices = (count: number, lastmod: string): SitemapPage[] =>
		Array.from({ length: count }, (_, i) => [page(`/practices/p-${String(i).padStart(5, '0')}/`), lastmod]);
	/** The new build: its sitemap, and the key file unless told otherwise. */
	const build = (pages: readonly SitemapPage[], keyFile = true) => {
		writeSitemap(path.join(work, 'dist'), fake.url, pages);
		if (keyFile) fs.writeFileSync(path.join(work, 'dist', `${KEY}.txt`), KEY);
	};
	/** What is live before the deploy. */
	const live = (pages: readonly SitemapPage[]) => (fake.liveDir = writeSitemap(path.join(work, 'live'), fake.url, pages));
	const indexnow = (args: string[] = [], env: Record<string, string> = { INDEXNOW_KEY: KEY }) =>
		run('scripts/indexnow.ts', args, work, { SITE_URL: fake.url, INDEXNOW_ENDPOINT: fake.endpoint, ...env });
	const submitted = () => fake.requests.filter((request) => request.path === '/indexnow').map((request) => JSON.parse(request.body));

	beforeAll(async () => (fake = await startFakeIndexNow()));
	afterAll(() => fake.close());
	beforeEach(() => {
		work = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-indexnow-'));
		fake.requests.length = 0;
		fake.status = 202;
		fake.liveDir = undefined;
	});

	it('without a key makes no request at all, before or after the deploy, and exits 0 with one line', async () => {
		live(practices(3, '2026-01-01'));
		build(practices(3, '2026-02-01'));
		for (const env of [{}, { INDEXNOW_KEY: '' }] as Record<string, string>[]) {
			for (const args of [['--save-live'], []]) {
				const result = await indexnow(args, env);
				expect(result).toEqual({ status: 0, stdout: 'IndexNow: ключ INDEXNOW_KEY не задан — ничего не отправлено.\n', stderr: '' });
			}
		}
		expect(fake.requests).toEqual([]);
	});

	it('submits only the pages whose lastmod changed since the live deploy, plus new and removed ones', async () => {
		live([
			[page('/'), '2026-01-01'],
			[page('/about/')],
			[page('/practices/kept/'), '2026-01-01'],
			[page('/practices/edited/'), '2026-01-01'],
			[page('/practices/gone/'), '2026-01-01'],
		]);
		const saved = await indexnow(['--save-live']);
		expect(saved).toMatchObject({
			status: 0,
			stdout: expect.stringMatching(/^IndexNow: карта сайта до публикации сохранена \(5 адресов\)\.\n$/),
		});
		// Only the live site was read before the deploy; the endpoint heard nothing yet.
		expect(fake.requests.map((request) => `${request.method} ${request.path}`)).toEqual(['GET /sitemap-index.xml', 'GET /sitemap-0.xml']);

		build([
			[page('/'), '2026-02-01'],
			[page('/about/')],
			[page('/practices/kept/'), '2026-01-01'],
			[page('/practices/edited/'), '2026-02-01'],
			[page('/practices/new/'), '2026-02-01'],
		]);
		const result = await indexnow();
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout).toBe(`IndexNow: ${fake.endpoint} принял 4 адреса (новых 1, изменённых 2, удалённых 1), 1 запрос.\n`);
		const posts = fake.requests.filter((request) => request.path === '/indexnow');
		expect(posts.map(({ method, contentType }) => ({ method, contentType }))).toEqual([
			{ method: 'POST', contentType: 'application/json; charset=utf-8' },
		]);
		expect(submitted()).toEqual([
			{
				host: new URL(fake.url).host,
				key: KEY,
				keyLocation: `${fake.url}/${KEY}.txt`,
				urlList: [page('/practices/new/'), page('/'), page('/practices/edited/'), page('/practices/gone/')],
			},
		]);
	});

	it('sends nothing when no page changed', async () => {
		live(practices(3, '2026-01-01'));
		await indexnow(['--save-live']);
		build(practices(3, '2026-01-01'));
		const result = await indexnow();
		expect(result).toMatchObject({ status: 0, stdout: expect.stringContaining('ни одна страница не изменилась') });
		expect(submitted()).toEqual([]);
	});

	it('on the first deploy (no live sitemap) submits every URL, over 10,000 in two requests', async () => {
		const saved = await indexnow(['--save-live']);
		expect(saved).toMatchObject({
			status: 0,
			stdout: expect.stringMatching(/прочитать не удалось \(.*404\); после публикации будут отправлены все адреса/),
		});
		build(practices(10_001, '2026-01-01'));
		const result = await indexnow();
		expect(result).toMatchObject({
			status: 0,
			stdout: expect.stringContaining('принял 10\u00a0001 адрес (новых 10001, изменённых 0, удалённых 0), 2 запроса.'),
		});
		const lists = submitted().map((body: { urlList: string[] }) => body.urlList);
		expect(lists.map((list: string[]) => list.length)).toEqual([10_000, 1]);
		expect(new Set(lists.flat()).size).toBe(10_001);
	});

	it('does not let a copy left by an earlier run stand in for a live site it cannot read', async () => {
		live(practices(2, '2026-01-01'));
		await indexnow(['--save-live']);
		fake.liveDir = undefined;
		await indexnow(['--save-live']);
		build(practices(2, '2026-01-01'));
		expect(await indexnow()).toMatchObject({ status: 0, stdout: expect.stringContaining('отправляются все адреса') });
		expect(submitted()[0].urlList).toHaveLength(2);
	});

	it('fails in Russian, with a non-zero exit, when the endpoint refuses', async () => {
		build(practices(2, '2026-01-01'));
		fake.status = 403;
		const result = await indexnow();
		expect(result.status).not.toBe(0);
		expect(result.stderr).toMatch(/^IndexNow: http:\/\/127\.0\.0\.1:\d+\/indexnow ответил 403 — ключ не подтверждён/);
	});

	it('stops before any request on a malformed key, or a build without the key file', async () => {
		build(practices(2, '2026-01-01'), false);
		const malformed = await indexnow([], { INDEXNOW_KEY: 'short' });
		expect(malformed.status).not.toBe(0);
		expect(malformed.stderr).toMatch(/^INDEXNOW_KEY: ключ IndexNow — это 8–128 латинских букв/);
		const noKeyFile = await indexnow();
		expect(noKeyFile.status).not.toBe(0);
		expect(noKeyFile.stderr).toContain(`в сборке нет файла ключа ${KEY}.txt`);
		expect(fake.requests).toEqual([]);
	});
});

describe('npm run build and the IndexNow key file', () => {
	let siteDir: string;
	beforeAll(() => {
		siteDir = buildSite('fixture-indexnow', copyMinimalContent(), { INDEXNOW_KEY: KEY });
	});

	it('publishes <key>.txt at the root, holding the key, and keeps it out of the sitemap', () => {
		expect(fs.readFileSync(path.join(siteDir, `${KEY}.txt`), 'utf8')).toBe(KEY);
		expect(sitemapUrls(fs.readFileSync(path.join(siteDir, 'sitemap-0.xml'), 'utf8')).filter((url) => url.endsWith('.txt'))).toEqual([]);
	});

	it('publishes no key file without a key', () => {
		// dist/ is built by `npm test` with the developer's environment: a key file there only if a key was set.
		const key = process.env.INDEXNOW_KEY?.trim();
		const textFiles = fs.readdirSync(DIST).filter((name) => name.endsWith('.txt'));
		expect(textFiles.sort()).toEqual(key ? [`${key}.txt`, 'robots.txt'].sort() : ['robots.txt']);
	});

	it('refuses a malformed key before rendering, and leaves the previous build as it was', async () => {
		const before = fs.readdirSync(siteDir).sort();
		const result = await run('scripts/build.ts', [], ROOT, {
			CONTENT_DIR: copyMinimalContent(),
			OUT_DIR: siteDir,
			INDEXNOW_KEY: 'not a key',
		});
		expect(result.status).toBe(1);
		// One line and nothing else: the content check, which prints first when rendering starts, never ran.
		expect(result.stderr).toMatch(
			/^INDEXNOW_KEY: ключ IndexNow — это 8–128 латинских букв, цифр или дефисов, а в нём есть другие символы\..*\n$/,
		);
		expect(fs.readdirSync(siteDir).sort()).toEqual(before);
		expect(fs.readFileSync(path.join(siteDir, `${KEY}.txt`), 'utf8')).toBe(KEY);
	});
});
