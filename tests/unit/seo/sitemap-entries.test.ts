import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSitemapIndex, parseUrlSet, readSitemap } from '../../../src/lib/seo/sitemap-entries.ts';
import { writeSitemap } from '../../fixtures/sitemap-xml.ts';

const SITE = 'https://example.org';

describe('parseUrlSet', () => {
	it('reads every URL with its lastmod, undated pages as undefined, and decodes XML escapes', () => {
		const xml =
			'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' +
			`<url><loc>${SITE}/</loc><lastmod>2026-11-23T00:00:00.000Z</lastmod></url>` +
			`<url><loc>${SITE}/about/</loc></url>` +
			`<url>\n  <loc> ${SITE}/search/?q=a&amp;b </loc>\n  <lastmod>2026-01-15</lastmod>\n</url></urlset>`;
		expect([...parseUrlSet(xml)]).toEqual([
			[`${SITE}/`, '2026-11-23T00:00:00.000Z'],
			[`${SITE}/about/`, undefined],
			// A date and the same date as a timestamp are one lastmod, so a format change is no edit.
			[`${SITE}/search/?q=a&b`, '2026-01-15T00:00:00.000Z'],
		]);
	});
});

describe('readSitemap', () => {
	it('follows the index to every child sitemap and merges them', async () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-sitemap-'));
		const pages = Array.from({ length: 5 }, (_, i) => [`${SITE}/practices/p-${i}/`, `2026-01-0${i + 1}`] as const);
		writeSitemap(dir, SITE, pages, 2);
		const index = fs.readFileSync(path.join(dir, 'sitemap-index.xml'), 'utf8');
		expect(parseSitemapIndex(index)).toEqual([0, 1, 2].map((n) => `${SITE}/sitemap-${n}.xml`));

		const loaded: string[] = [];
		const entries = await readSitemap(`${SITE}/sitemap-index.xml`, async (url) => {
			loaded.push(url);
			return fs.readFileSync(path.join(dir, path.basename(url)), 'utf8');
		});
		expect(loaded).toEqual([`${SITE}/sitemap-index.xml`, ...parseSitemapIndex(index)]);
		expect(entries.size).toBe(5);
		expect(entries.get(`${SITE}/practices/p-4/`)).toBe('2026-01-05T00:00:00.000Z');
	});

	it('reads a plain urlset at the index address as it is', async () => {
		const xml = `<urlset><url><loc>${SITE}/</loc></url></urlset>`;
		expect([...(await readSitemap(`${SITE}/sitemap.xml`, async () => xml)).keys()]).toEqual([`${SITE}/`]);
	});
});
