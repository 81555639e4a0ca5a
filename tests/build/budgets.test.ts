import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readPage } from '../setup/dist-pages.ts';
import { decodePng } from '../setup/png.ts';
import { DIST } from '../setup/sites.ts';

const KB = 1024;
// The same compression level as deploy/nginx.conf (gzip_comp_level 6).
const gzipped = (file: string) => gzipSync(fs.readFileSync(file), { level: 6 }).length;

/** What a first visit to a page costs: the requests a browser makes and their gzip bytes. */
function weigh(url: string) {
	const page = readPage(DIST, path.join(DIST, url, 'index.html'));
	const assets = [
		...page
			.byTag('link')
			.filter((l) => ['stylesheet', 'icon'].includes(page.attr(l, 'rel') ?? ''))
			.map((l) => page.attr(l, 'href')!),
		...page.byTag('script').flatMap((s) => page.attr(s, 'src') ?? []),
		...page.byTag('img').map((i) => page.attr(i, 'src')!),
	];
	const executable = page.byTag('script').filter((s) => !['application/ld+json', 'application/json'].includes(page.attr(s, 'type') ?? ''));
	return {
		requests: 1 + assets.length,
		bytes: gzipped(page.file) + assets.reduce((sum, asset) => sum + gzipped(path.join(DIST, asset)), 0),
		scripts: executable.length,
	};
}

describe('byte budgets over dist/', () => {
	it('gives every practice page a 1200×630 PNG preview within 60 KB', () => {
		const practices = fs
			.readdirSync(path.join(DIST, 'practices'))
			.filter((id) => fs.existsSync(path.join(DIST, 'practices', id, 'index.html')));
		const images = fs.readdirSync(path.join(DIST, 'og/practices'));
		expect(images.sort()).toEqual(practices.map((id) => `${id}.png`).sort());
		for (const file of [...images.map((name) => path.join(DIST, 'og/practices', name)), path.join(DIST, 'og/site.png')]) {
			const bytes = fs.readFileSync(file);
			expect(bytes.length, file).toBeLessThanOrEqual(60 * KB);
			expect(decodePng(bytes), file).toMatchObject({ width: 1200, height: 630, crcValid: true });
		}
	});

	it('keeps the stylesheet under 8 KB gzip', () => {
		const css = fs.readdirSync(path.join(DIST, '_astro')).filter((f) => f.endsWith('.css'));
		expect(css).toHaveLength(1);
		expect(gzipped(path.join(DIST, '_astro', css[0]!))).toBeLessThanOrEqual(8 * KB);
	});

	it('keeps every practice page under 15 KB gzip in at most 3 requests, with no JavaScript', () => {
		const ids = fs
			.readdirSync(path.join(DIST, 'practices'))
			.filter((id) => id !== 'page' && fs.existsSync(path.join(DIST, 'practices', id, 'index.html')));
		expect(ids.length).toBeGreaterThan(0);
		for (const id of ids) {
			const weight = weigh(`practices/${id}`);
			expect(weight.bytes, id).toBeLessThanOrEqual(15 * KB);
			expect(weight.requests, id).toBeLessThanOrEqual(3);
			expect(weight.scripts, id).toBe(0);
		}
	});

	it.each(['', 'practices', 'spheres/housing-utilities', 'regions/tyumen-oblast', 'programmes/mayors-school', 'spheres', 'regions'])(
		'keeps /%s under 25 KB gzip',
		(url) => {
			expect(weigh(url).bytes).toBeLessThanOrEqual(25 * KB);
		},
	);
});
