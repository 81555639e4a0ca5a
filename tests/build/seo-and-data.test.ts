import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE } from '../../src/site.config.ts';
import { builtPracticeIds, readSite } from '../setup/dist-pages.ts';
import { parseCsv, rssItems, sitemapUrls } from '../setup/feeds.ts';
import { DIST } from '../setup/sites.ts';

const site = readSite(DIST);
const practices = builtPracticeIds(DIST);
const practiceUrls = practices.map((id) => `${SITE.url}/practices/${id}/`).sort();
const read = (file: string) => fs.readFileSync(path.join(DIST, file), 'utf8');
const sitemap = () => sitemapUrls(read('sitemap-0.xml'));
const onlyPractices = (urls: string[]) => urls.filter((url) => /\/practices\/[^/]+\/$/.test(url) && !url.includes('/page/')).sort();

describe('search engines and open data over dist/', () => {
	it('lists every practice exactly once in the sitemap, and no 404 page', () => {
		const urls = sitemap();
		expect(onlyPractices(urls)).toEqual(practiceUrls);
		expect(new Set(urls).size).toBe(urls.length);
		expect(urls.some((url) => url.includes('404'))).toBe(false);
		expect(read('robots.txt')).toContain(`Sitemap: ${SITE.url}/sitemap-index.xml`);
	});

	it('dates each practice in the sitemap by its last edit, and each hub by its newest practice', () => {
		const lastmod = new Map(
			[...read('sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?/g)].map(([, loc, date]) => [
				loc!.replace(SITE.url, ''),
				date?.slice(0, 10),
			]),
		);
		const data = JSON.parse(read('data/practices.json')) as {
			practices: { id: string; spheres: string[]; added: string; updated: string | null }[];
		};
		const edited = (entry: (typeof data.practices)[number]) => entry.updated ?? entry.added;
		for (const entry of data.practices) expect(lastmod.get(`/practices/${entry.id}/`), entry.id).toBe(edited(entry));
		const newest = (entries: typeof data.practices) => entries.map(edited).sort().at(-1);
		expect(lastmod.get('/')).toBe(newest(data.practices));
		const transport = data.practices.filter((entry) => entry.spheres.includes('transport'));
		expect(lastmod.get('/spheres/transport/')).toBe(newest(transport));
		// Pages whose content no entry dates (about, glossary) carry no invented date.
		expect(lastmod.get('/about/')).toBeUndefined();
	});

	it('gives every page an absolute canonical URL that agrees with the sitemap', () => {
		const urls = new Set(sitemap());
		for (const [url, page] of site) {
			if (url === '/404.html') continue;
			const canonical = page.byTag('link').find((l) => page.attr(l, 'rel') === 'canonical');
			const href = canonical && page.attr(canonical, 'href');
			expect(href, url).toBe(`${SITE.url}${url}`);
			expect(urls.has(href!), `${url} missing from sitemap`).toBe(true);
		}
		expect(urls.size).toBe(site.size - 1);
	});

	it('gives every page a unique title, a meta description, Open Graph and Twitter tags, lang="ru" and the feed link', () => {
		const titles = new Map<string, string>();
		for (const [url, page] of site) {
			const title = page.text(page.byTag('title')[0]!);
			expect(titles.get(title), `${url} repeats the title of ${titles.get(title)}`).toBeUndefined();
			titles.set(title, url);
			const meta = (key: string) => page.byTag('meta').find((m) => page.attr(m, 'name') === key || page.attr(m, 'property') === key);
			for (const key of ['description', 'og:title', 'og:description', 'og:url', 'og:type', 'twitter:card']) {
				expect(page.attr(meta(key)!, 'content'), `${url} ${key}`).toBeTruthy();
			}
			expect(page.attr(page.byTag('html')[0]!, 'lang')).toBe('ru');
			expect(page.byTag('link').some((l) => page.attr(l, 'type') === 'application/rss+xml' && page.attr(l, 'href') === '/rss.xml')).toBe(
				true,
			);
		}
	});

	it('uses the summary as the meta description of practice pages', () => {
		const records = JSON.parse(read('data/practices.json')).practices as { url: string; summary: string }[];
		for (const record of records) {
			const page = site.get(new URL(record.url).pathname)!;
			const description = page.byTag('meta').find((m) => page.attr(m, 'name') === 'description')!;
			expect(page.attr(description, 'content')).toBe(record.summary);
		}
	});

	it('puts parseable JSON-LD with the required properties on every practice page', () => {
		for (const id of practices) {
			const page = site.get(`/practices/${id}/`)!;
			const blocks = page
				.byTag('script')
				.filter((s) => page.attr(s, 'type') === 'application/ld+json')
				.map((s) => JSON.parse(page.text(s)));
			const article = blocks.find((b) => b['@type'] === 'Article');
			const breadcrumbs = blocks.find((b) => b['@type'] === 'BreadcrumbList');
			for (const key of ['headline', 'description', 'about', 'spatialCoverage', 'dateModified', 'citation']) {
				expect(article?.[key], `${id}: ${key}`).toBeTruthy();
			}
			expect(article.citation.length).toBeGreaterThan(0);
			expect(article.citation.every((c: { name?: string }) => c.name)).toBe(true);
			expect(breadcrumbs.itemListElement.at(-1).item).toBe(`${SITE.url}/practices/${id}/`);
		}
	});

	it('lists the 100 newest added practices in the RSS feed, each once, and nothing else', () => {
		const links = rssItems(read('rss.xml')).map((item) => item.link);
		const data = JSON.parse(read('data/practices.json')) as { practices: { url: string; added: string }[] };
		const newest = [...data.practices]
			.sort((a, b) => (a.added < b.added ? 1 : a.added > b.added ? -1 : a.url.localeCompare(b.url)))
			.slice(0, 100)
			.map((p) => p.url);
		expect(links.length).toBe(Math.min(100, practiceUrls.length));
		expect(new Set(links).size).toBe(links.length);
		expect([...links].sort()).toEqual([...newest].sort());
	});

	it('publishes every practice exactly once in practices.json and practices.csv', () => {
		const json = JSON.parse(read('data/practices.json'));
		expect(json.practices.map((p: { url: string }) => p.url).sort()).toEqual(practiceUrls);
		expect(json.count).toBe(practices.length);

		const csv = read('data/practices.csv');
		expect(csv.startsWith('\uFEFF')).toBe(true);
		const [header, ...rows] = parseCsv(csv.slice(1));
		const urlColumn = header!.indexOf('url');
		expect(rows.map((row) => row[urlColumn]).sort()).toEqual(practiceUrls);
		expect(rows.every((row) => row.length === header!.length)).toBe(true);
	});

	it('documents every open data field on the About page and publishes the JSON Schema', () => {
		const about = site.get('/about/')!;
		const header = parseCsv(read('data/practices.csv').slice(1))[0]!;
		const documented = about.byTag('code').map((code) => about.text(code));
		expect(documented).toEqual(expect.arrayContaining(header));
		const schema = JSON.parse(read('data/practice.schema.json'));
		expect(schema.properties.region.enum).toContain('altai-krai');
		expect(schema.required).toEqual(expect.arrayContaining(['title', 'summary', 'kind', 'spheres', 'region', 'sources', 'added']));
	});
});
