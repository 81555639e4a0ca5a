import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { diffSitemaps, INDEXNOW_MAX_URLS, indexNowBodies, submitToIndexNow } from '../../../src/lib/seo/indexnow.ts';
import type { SitemapEntries } from '../../../src/lib/seo/sitemap-entries.ts';
import { startFakeIndexNow, type FakeIndexNow } from '../../setup/indexnow-endpoint.ts';

const SITE = 'https://example.org';
const KEY = 'a1b2c3d4e5f6';
const page = (path: string) => `${SITE}${path}`;
const sitemap = (entries: Record<string, string | undefined>): SitemapEntries =>
	new Map(Object.entries(entries).map(([path, lastmod]) => [page(path), lastmod]));
const urls = (count: number) => Array.from({ length: count }, (_, i) => page(`/practices/p-${String(i).padStart(5, '0')}/`));
const options = { siteUrl: SITE, key: KEY, keyLocation: `${SITE}/${KEY}.txt` };

describe('diffSitemaps', () => {
	const previous = sitemap({
		'/': '2026-01-01T00:00:00.000Z',
		'/about/': undefined,
		'/practices/kept/': '2026-01-01T00:00:00.000Z',
		'/practices/edited/': '2026-01-01T00:00:00.000Z',
		'/practices/dropped/': '2026-01-01T00:00:00.000Z',
		'/spheres/transport/page/2/': '2026-01-01T00:00:00.000Z',
		'/glossary/': undefined,
	});

	it('finds new pages, pages whose lastmod moved either way, and pages gone; nothing unchanged', () => {
		const current = sitemap({
			'/': '2026-02-01T00:00:00.000Z',
			'/about/': undefined,
			'/practices/kept/': '2026-01-01T00:00:00.000Z',
			'/practices/edited/': '2025-12-31T00:00:00.000Z',
			'/practices/new/': '2026-02-01T00:00:00.000Z',
			'/glossary/': '2026-02-01T00:00:00.000Z',
		});
		expect(diffSitemaps(previous, current, SITE)).toEqual({
			added: [page('/practices/new/')],
			changed: [page('/'), page('/glossary/'), page('/practices/edited/')],
			removed: [page('/practices/dropped/'), page('/spheres/transport/page/2/')],
		});
	});

	it('finds nothing between two identical deploys', () => {
		expect(diffSitemaps(previous, new Map(previous), SITE)).toEqual({ added: [], changed: [], removed: [] });
	});

	it('counts every URL as added when there is no previous sitemap', () => {
		const current = sitemap({ '/b/': '2026-01-01T00:00:00.000Z', '/a/': undefined });
		expect(diffSitemaps(undefined, current, SITE)).toEqual({ added: [page('/a/'), page('/b/')], changed: [], removed: [] });
	});

	it('leaves out pages of another host that the previous sitemap had (a move to a new address)', () => {
		const moved = new Map([['https://old.example.net/practices/x/', '2026-01-01T00:00:00.000Z']]);
		expect(diffSitemaps(moved, sitemap({ '/practices/x/': '2026-01-01T00:00:00.000Z' }), SITE)).toEqual({
			added: [page('/practices/x/')],
			changed: [],
			removed: [],
		});
	});
});

describe('indexNowBodies', () => {
	it('builds the protocol body: host without scheme, key, keyLocation, urlList', () => {
		expect(indexNowBodies([page('/'), page('/about/')], options)).toEqual([
			{ host: 'example.org', key: KEY, keyLocation: `${SITE}/${KEY}.txt`, urlList: [page('/'), page('/about/')] },
		]);
	});

	it('splits over 10,000 URLs into requests of at most 10,000, each URL once and in order', () => {
		expect(INDEXNOW_MAX_URLS).toBe(10_000);
		const all = urls(20_001);
		const bodies = indexNowBodies(all, options);
		expect(bodies.map((body) => body.urlList.length)).toEqual([10_000, 10_000, 1]);
		expect(bodies.flatMap((body) => body.urlList)).toEqual(all);
		expect(indexNowBodies(urls(10_000), options)).toHaveLength(1);
		expect(indexNowBodies([], options)).toEqual([]);
	});

	it('refuses a URL of another host, which would get the whole request refused', () => {
		expect(() => indexNowBodies([page('/'), 'https://elsewhere.org/'], options)).toThrow(
			/https:\/\/elsewhere\.org\/ не на сайте https:\/\/example\.org/,
		);
	});
});

describe('submitToIndexNow, against a local stand-in for the endpoint', () => {
	let fake: FakeIndexNow;
	beforeAll(async () => (fake = await startFakeIndexNow()));
	afterAll(() => fake.close());
	beforeEach(() => {
		fake.requests.length = 0;
		fake.status = 202;
	});

	it('POSTs each body as UTF-8 JSON to the endpoint, one request per body', async () => {
		const bodies = indexNowBodies(urls(10_001), options);
		await submitToIndexNow(bodies, fake.endpoint);
		expect(fake.requests.map(({ method, path, contentType }) => ({ method, path, contentType }))).toEqual([
			{ method: 'POST', path: '/indexnow', contentType: 'application/json; charset=utf-8' },
			{ method: 'POST', path: '/indexnow', contentType: 'application/json; charset=utf-8' },
		]);
		expect(fake.requests.map((request) => JSON.parse(request.body))).toEqual(bodies);
	});

	it.each([200, 202])('takes %i as success', async (status) => {
		fake.status = status;
		await expect(submitToIndexNow(indexNowBodies(urls(1), options), fake.endpoint)).resolves.toBeUndefined();
	});

	it('stops at the first refusal, says what the status means and how much was accepted before', async () => {
		const bodies = indexNowBodies(urls(10_001), options);
		let calls = 0;
		// The first request goes to the real stand-in, the second is refused.
		const send: typeof fetch = async (input, init) => (++calls === 1 ? fetch(input, init) : new Response('Key not valid', { status: 403 }));
		await expect(submitToIndexNow(bodies, fake.endpoint, send)).rejects.toThrow(
			/ответил 403 — ключ не подтверждён.*\. Ответ сервиса: «Key not valid»\. До этого принято 10\s000 адресов\.$/,
		);
		fake.status = 422;
		await expect(submitToIndexNow(bodies, fake.endpoint)).rejects.toThrow(/ответил 422 — адреса не относятся к host/);
		// Refused at the first body, the second was never sent.
		expect(fake.requests).toHaveLength(2);
	});

	it('says so when the endpoint cannot be reached', async () => {
		const closed = await startFakeIndexNow();
		await closed.close();
		await expect(submitToIndexNow(indexNowBodies(urls(1), options), closed.endpoint)).rejects.toThrow(
			/IndexNow: http:\/\/127\.0\.0\.1:\d+\/indexnow недоступен/,
		);
	});
});
