import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../setup/browser.ts';
import { PAGE_TYPES } from './page-types.ts';

const baseUrl = inject('baseUrl');

/** The page's Open Graph and Twitter tags, by property or name. */
const previewTags = (page: Page) =>
	page.evaluate(() =>
		Object.fromEntries(
			[...document.querySelectorAll('meta[property^="og:"], meta[name^="twitter:"]')].map((meta) => [
				meta.getAttribute('property') ?? meta.getAttribute('name'),
				meta.getAttribute('content'),
			]),
		),
	);

describe('link previews in Chromium', () => {
	let browser: BrowserContext;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => browser?.close());

	/** Opens the image the tags name, from the local server, as a messenger's preview fetcher would. */
	async function openImage(imageUrl: string) {
		const page = await browser.newPage();
		const response = await page.goto(`${baseUrl}${new URL(imageUrl).pathname}`);
		const image = {
			status: response!.status(),
			type: response!.headers()['content-type'],
			bytes: (await response!.body()).length,
			size: await page.evaluate(() => [document.images[0]!.naturalWidth, document.images[0]!.naturalHeight]),
		};
		await page.close();
		return image;
	}

	it('gives a practice page its own large image, with size and alt text', async () => {
		const page = await browser.newPage();
		await page.goto(`${baseUrl}${PAGE_TYPES.practice}`);
		const tags = await previewTags(page);
		const title = await page.getByRole('heading', { level: 1 }).textContent();
		await page.close();

		expect(tags['og:image']).toMatch(/\/og\/practices\/biysk-emergency-information-exchange\.png$/);
		expect(tags['twitter:image']).toBe(tags['og:image']);
		expect(tags['twitter:card']).toBe('summary_large_image');
		expect(tags['og:title']).toBe(title);
		expect([tags['og:image:width'], tags['og:image:height']]).toEqual(['1200', '630']);
		expect(tags['og:image:alt']).toContain(title);
		expect(tags['og:image:alt']).toContain('Бийск');

		const image = await openImage(tags['og:image']!);
		expect(image).toMatchObject({ status: 200, type: 'image/png', size: [1200, 630] });
		expect(image.bytes).toBeLessThanOrEqual(60 * 1024);
	});

	it('gives the home page and hubs the shared site image', async () => {
		const images = new Set<string>();
		for (const url of [PAGE_TYPES.home, PAGE_TYPES['sphere hub'], PAGE_TYPES['region hub']]) {
			const page = await browser.newPage();
			await page.goto(`${baseUrl}${url}`);
			const tags = await previewTags(page);
			await page.close();
			expect(tags['twitter:card'], url).toBe('summary_large_image');
			expect(tags['og:image:alt'], url).toBeTruthy();
			images.add(tags['og:image']!);
		}
		expect([...images]).toHaveLength(1);
		const [shared] = images;
		expect(shared).toMatch(/\/og\/site\.png$/);
		const image = await openImage(shared!);
		expect(image).toMatchObject({ status: 200, type: 'image/png', size: [1200, 630] });
		expect(image.bytes).toBeLessThanOrEqual(60 * 1024);
	});
});
