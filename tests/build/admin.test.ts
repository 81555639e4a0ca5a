import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { SITE } from '../../src/site.config.ts';
import { githubRepoOf } from '../../src/lib/cms/cms-config.ts';
import { listHtmlFiles, readPage } from '../setup/dist-pages.ts';
import { sitemapUrls } from '../setup/feeds.ts';
import { DIST } from '../setup/sites.ts';

const read = (file: string) => fs.readFileSync(path.join(DIST, file), 'utf8');
const admin = () => readPage(DIST, path.join(DIST, 'admin/index.html'));

// The editors' form ships with the site but must leave readers' pages, feeds and indexes as they were.
describe("the editors' form in dist/admin/", () => {
	it('is a noindex page that runs only its own script, served from the site', () => {
		const page = admin();
		const robots = page.byTag('meta').find((meta) => page.attr(meta, 'name') === 'robots');
		expect(robots && page.attr(robots, 'content')).toBe('noindex');
		const scripts = page.byTag('script').map((script) => page.attr(script, 'src'));
		expect(scripts).toEqual(['/admin/cms.js']);
		expect(fs.statSync(path.join(DIST, 'admin/cms.js')).size).toBeGreaterThan(1_000_000);
		// Decap loads its chunks from beside its bundle: each it names must be there.
		const bundle = read('admin/cms.js');
		const chunks = fs.readdirSync(path.join(DIST, 'admin')).filter((file) => /^\d+\.decap-cms-app\.js$/.test(file));
		expect(chunks.length).toBeGreaterThan(10);
		expect(bundle).toContain('.decap-cms-app.js');
	});

	it('saves to the repository and branch the site is configured with', () => {
		const config = parse(read('admin/config.yml')) as {
			backend: { repo: string; branch: string };
			collections: { name: string; folder?: string }[];
		};
		expect(config.backend).toMatchObject({ repo: githubRepoOf(SITE.repo), branch: SITE.branch });
		expect(config.collections.find((c) => c.name === 'practices')?.folder).toBe('content/practices');
	});

	it('is in no sitemap, feed, open data file or search index, and robots.txt keeps crawlers out', () => {
		const sitemaps = fs.readdirSync(DIST).filter((file) => /^sitemap.*\.xml$/.test(file));
		expect(sitemaps.length).toBeGreaterThan(0);
		for (const file of sitemaps)
			expect(
				sitemapUrls(read(file)).filter((url) => new URL(url).pathname.startsWith('/admin')),
				file,
			).toEqual([]);
		// The site's own form; a cited page elsewhere may well have «/admin» in its address.
		expect(read('rss.xml')).not.toContain(`${SITE.url}/admin`);
		for (const file of fs.readdirSync(path.join(DIST, 'data'))) expect(read(`data/${file}`), file).not.toContain(`${SITE.url}/admin`);
		// Pagefind's fragments (one per indexed page) are gzipped JSON that starts with the page's URL.
		const indexed = fs
			.readdirSync(path.join(DIST, 'pagefind/fragment'))
			.map((file) => /"url":"([^"]+)"/.exec(gunzipSync(fs.readFileSync(path.join(DIST, 'pagefind/fragment', file))).toString())?.[1]);
		expect(indexed.length).toBeGreaterThan(0);
		expect(indexed.filter((url) => !url?.startsWith('/practices/'))).toEqual([]);
		expect(read('robots.txt')).toMatch(/^Disallow: \/admin\/$/m);
	});

	it('is loaded by no other page: no reader page links to it or loads its code', () => {
		const pages = listHtmlFiles(DIST);
		expect(pages.length).toBeGreaterThan(75);
		for (const file of pages) expect(fs.readFileSync(file, 'utf8'), file).not.toMatch(/\/admin\/|decap|cms\.js/i);
	});
});
