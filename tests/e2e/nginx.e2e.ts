import fs from 'node:fs';
import path from 'node:path';
import http from 'node:http';
import { gunzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../setup/browser.ts';
import { startNginx } from '../../scripts/lib/nginx.ts';
import { DIST } from '../setup/sites.ts';
import { searchResults } from './search-helpers.ts';

/** A raw GET (node:http does not decompress), so bodies and headers are seen as sent. */
/** Collects every Content-Security-Policy refusal the page reports, from the console and the DOM event. */
async function recordCspViolations(page: Page): Promise<string[]> {
	const violations: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
	});
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) =>
			console.error(
				`Refused to load: ${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
			),
		);
	});
	return violations;
}

function get(url: string, headers: Record<string, string> = {}) {
	return new Promise<{ status: number; headers: Headers; body: Buffer }>((resolve, reject) => {
		http
			.get(url, { headers }, (response) => {
				const chunks: Buffer[] = [];
				response.on('data', (chunk: Buffer) => chunks.push(chunk));
				response.on('end', () =>
					resolve({
						status: response.statusCode ?? 0,
						headers: new Headers(Object.entries(response.headers).map(([k, v]): [string, string] => [k, String(v)])),
						body: Buffer.concat(chunks),
					}),
				);
			})
			.on('error', reject);
	});
}

/** The policy of every page but the editors' form: nothing runs, loads or frames from elsewhere. */
const READER_CSP =
	"default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

describe('serving dist/ with deploy/nginx.conf in real nginx', () => {
	let server: Awaited<ReturnType<typeof startNginx>>;
	const astroAsset = () => `/_astro/${fs.readdirSync(path.join(DIST, '_astro')).find((f) => f.endsWith('.css'))}`;
	const fragment = () => `/pagefind/fragment/${fs.readdirSync(path.join(DIST, 'pagefind/fragment'))[0]}`;

	beforeAll(async () => {
		server = await startNginx(DIST);
	});
	afterAll(async () => server?.stop());

	it("serves pages with 200 and unknown paths with the site's own 404 page", async () => {
		for (const page of ['/', '/practices/', '/practices/tyumen-industry-clusters/', '/search/', '/rss.xml', '/data/practices.csv']) {
			expect((await get(`${server.url}${page}`)).status, page).toBe(200);
		}
		const missing = await get(`${server.url}/no/such/page/`);
		expect(missing.status).toBe(404);
		expect(missing.body.toString()).toContain('Страница не найдена');
	});

	it('never lists a folder', async () => {
		for (const folder of ['/_astro/', '/pagefind/', '/pagefind/fragment/', '/data/']) {
			const response = await get(`${server.url}${folder}`);
			expect([403, 404], folder).toContain(response.status);
			expect(response.body.toString()).not.toMatch(/Index of/);
		}
	});

	it('sends the right type and caching for each kind of file', async () => {
		const cases: [string, RegExp, RegExp][] = [
			['/', /^text\/html/, /^no-cache$/],
			[astroAsset(), /^text\/css/, /max-age=31536000, immutable/],
			['/pagefind/pagefind.js', /^text\/javascript/, /^no-cache$/],
			['/pagefind/pagefind-entry.json', /^application\/json/, /^no-cache$/],
			[fragment(), /^application\/octet-stream/, /immutable/],
			['/pagefind/wasm.ru.pagefind', /^application\/octet-stream/, /^no-cache$/],
			['/data/practices.csv', /^text\/csv/, /^no-cache$/],
			['/data/practice.schema.json', /^application\/schema\+json/, /^no-cache$/],
			['/rss.xml', /^application\/xml/, /^no-cache$/],
		];
		for (const [url, type, cache] of cases) {
			const { headers, status } = await get(`${server.url}${url}`);
			expect(status, url).toBe(200);
			expect(headers.get('content-type'), url).toMatch(type);
			expect(headers.get('cache-control'), url).toMatch(cache);
		}
	});

	it('sends the security headers on pages, assets and errors alike', async () => {
		for (const url of ['/', astroAsset(), '/no-such-page/']) {
			const { headers } = await get(`${server.url}${url}`);
			const csp = headers.get('content-security-policy') ?? '';
			expect(csp, url).toMatch(/default-src 'self'/);
			expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
			expect(csp).toMatch(/frame-ancestors 'none'/);
			expect(csp).not.toMatch(/unsafe-inline/);
			expect(headers.get('x-content-type-options')).toBe('nosniff');
			expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
			expect(headers.get('permissions-policy')).toMatch(/camera=\(\)/);
		}
	});

	it("keeps today's policy on every reader's page, and widens it only under /admin/", async () => {
		const reader = (await get(`${server.url}/`)).headers.get('content-security-policy');
		expect(reader).toBe(READER_CSP);
		for (const url of [
			'/practices/',
			'/practices/tyumen-industry-clusters/',
			'/search/',
			'/data/practices.json',
			'/administration/',
			'/no-such-page/',
		]) {
			expect((await get(`${server.url}${url}`)).headers.get('content-security-policy'), url).toBe(READER_CSP);
		}
		// Without its slash the form would get the readers' policy and break: it redirects instead.
		const bare = await get(`${server.url}/admin`);
		expect(bare.status).toBe(301);
		expect(bare.headers.get('location')).toMatch(/\/admin\/$/);
		for (const [url, type] of [
			['/admin/', /^text\/html/],
			['/admin/cms.js', /^text\/javascript/],
			['/admin/config.yml', /^text\/yaml/],
		] as const) {
			const { status, headers } = await get(`${server.url}${url}`);
			expect(status, url).toBe(200);
			expect(headers.get('content-type'), url).toMatch(type);
			const csp = headers.get('content-security-policy') ?? '';
			expect(csp, url).not.toBe(READER_CSP);
			expect(csp).toMatch(/script-src 'self' 'unsafe-eval';/);
			expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
			expect(csp).toMatch(/connect-src 'self' https:\/\/api\.github\.com;/);
			expect(csp).toMatch(/frame-ancestors 'none'/);
			expect(headers.get('x-content-type-options')).toBe('nosniff');
			expect(headers.get('x-frame-options')).toBe('DENY');
			expect(headers.get('cache-control')).toBe('no-cache');
		}
	});

	it("runs the editors' form under its policy with no violation, up to GitHub sign-in", async () => {
		// A public host name, as in production: on localhost the form would look for the local proxy
		// instead. Decap needs a secure context (crypto.randomUUID), which production has over HTTPS.
		const origin = server.url.replace('127.0.0.1', 'practices.test');
		const browser = await launchBrowser({
			args: ['--host-resolver-rules=MAP practices.test 127.0.0.1', `--unsafely-treat-insecure-origin-as-secure=${origin}`],
		});
		const page = await browser.newPage();
		const violations = await recordCspViolations(page);
		const failed: string[] = [];
		page.on('response', (response) => response.status() >= 400 && failed.push(`${response.status()} ${response.url()}`));
		await page.goto(`${origin}/admin/`);
		await page.getByRole('button', { name: 'Войти через GitHub' }).waitFor();
		expect(violations).toEqual([]);
		expect(failed).toEqual([]);
		await browser.close();
	});

	it('compresses text with gzip', async () => {
		for (const url of ['/practices/', astroAsset(), '/data/practices.json']) {
			const { headers, body } = await get(`${server.url}${url}`, { 'Accept-Encoding': 'gzip' });
			expect(headers.get('content-encoding'), url).toBe('gzip');
			expect(gunzipSync(body).length).toBeGreaterThan(body.length);
		}
	});

	it('runs search under the CSP with no violation reported', async () => {
		const browser = await launchBrowser();
		const page = await browser.newPage();
		const violations = await recordCspViolations(page);
		await page.goto(`${server.url}/search/?q=${encodeURIComponent('моногорода')}`);
		expect((await searchResults(page)).urls).toContain('/practices/kuzbass-municipal-development-strategies/');
		await page.goto(`${server.url}/practices/kuzbass-municipal-development-strategies/`);
		expect(violations).toEqual([]);
		await browser.close();
	});
});
