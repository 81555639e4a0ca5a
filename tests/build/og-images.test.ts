import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { drawOgImages, publishOgImages } from '../../scripts/build/og-images.ts';
import { verifyBuiltPractices } from '../../src/lib/integrations/verify-output.ts';
import { copyMinimalContent, edit } from '../fixtures/content-tree.ts';
import { decodePng } from '../setup/png.ts';

const tempDir = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), prefix));

describe('link-preview images in the build', () => {
	it('draws one image per published practice and one for the site, and only new cards on a rebuild', async () => {
		const content = copyMinimalContent();
		const cache = tempDir('mp-og-cache-');
		const first = await drawOgImages(content, cache);
		// valid-practice is published; draft-practice and _draft-file are not.
		expect(first.files.map((file) => file.sitePath).sort()).toEqual(['og/practices/valid-practice.png', 'og/site.png']);
		expect(first.drawn).toBe(2);
		for (const { cached } of first.files) expect(decodePng(fs.readFileSync(cached))).toMatchObject({ width: 1200, height: 630 });

		const again = await drawOgImages(content, cache);
		expect(again.drawn).toBe(0);

		edit(content, 'practices/valid-practice.mdx', /^title: .*$/m, 'title: Новое название практики для превью');
		const edited = await drawOgImages(content, cache);
		expect(edited.drawn).toBe(1);
		const practiceImage = (images: typeof first) => images.files.find((file) => file.sitePath.includes('valid-practice'))!.cached;
		expect(practiceImage(edited)).not.toBe(practiceImage(first));

		// Publishing copies the images into the site and drops the stale card from the cache.
		const site = tempDir('mp-og-site-');
		publishOgImages(edited, site, cache);
		expect(fs.readFileSync(path.join(site, 'og/practices/valid-practice.png')).equals(fs.readFileSync(practiceImage(edited)))).toBe(true);
		expect(fs.existsSync(practiceImage(first))).toBe(false);
		expect(fs.readdirSync(cache).sort()).toEqual(edited.files.map((file) => path.basename(file.cached)).sort());
	});

	it('refuses a build in which a published practice has no preview image', () => {
		const site = tempDir('mp-og-verify-');
		fs.mkdirSync(path.join(site, 'practices/valid-practice'), { recursive: true });
		fs.writeFileSync(path.join(site, 'practices/valid-practice/index.html'), '<!doctype html>');
		expect(() => verifyBuiltPractices(site, ['valid-practice'], 1)).toThrow(/нет картинок для превью ссылок: valid-practice/);
		expect(() => verifyBuiltPractices(site, ['valid-practice'], 1, { ogImages: false })).not.toThrow();
		fs.mkdirSync(path.join(site, 'og/practices'), { recursive: true });
		fs.writeFileSync(path.join(site, 'og/practices/valid-practice.png'), '');
		expect(() => verifyBuiltPractices(site, ['valid-practice'], 1)).not.toThrow();
	});

	it('stops drawing when the build that started it is gone', async () => {
		const cache = tempDir('mp-og-orphan-');
		const card = { eyebrow: 'Муниципальная практика', title: 'Проверка', place: 'Тюменская область', spheres: ['ЖКХ'], site: 'Сайт' };
		const jobs = Array.from({ length: 2000 }, (_, i) => ({
			card: { ...card, title: `${card.title} ${i}` },
			file: path.join(cache, `${i}.png`),
		}));
		const worker = fork(path.resolve('scripts/build/og-image-worker.ts'), { stdio: 'ignore' });
		worker.send(jobs);
		await expect.poll(() => fs.readdirSync(cache).length, { timeout: 10_000 }).toBeGreaterThan(0);
		// What a build's exit does to the channel: the worker must not draw the rest for nobody.
		const exited = new Promise<number | null>((resolve) => worker.on('exit', resolve));
		worker.disconnect();
		expect(await exited).toBe(1);
		const written = fs.readdirSync(cache);
		expect(written.length).toBeLessThan(jobs.length);
		expect(written.filter((name) => name.endsWith('.tmp'))).toEqual([]);
	});
});
