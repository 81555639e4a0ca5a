import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, horizontalOverflow, launchBrowser } from '../setup/browser.ts';
import { ROOT } from '../setup/sites.ts';
import { PAGE_TYPES } from './page-types.ts';

const baseUrl = inject('baseUrl');
const SCREENSHOTS = path.join(ROOT, 'test-results', 'screenshots');

describe('reading a practice in Chromium', () => {
	let browser: BrowserContext;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => browser?.close());

	it('goes home → sphere → practice → source by clicking', async () => {
		const page = await browser.newPage();
		await page.goto(`${baseUrl}/`);
		await page.getByRole('main').getByRole('link', { name: 'ЖКХ', exact: true }).click();
		await expect.poll(() => page.url()).toBe(`${baseUrl}/spheres/housing-utilities/`);
		await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('ЖКХ');

		// The hub's first practice, whichever it is now, and its first source.
		const first = page.getByRole('main').getByRole('heading', { level: 3 }).getByRole('link').first();
		const practiceHref = (await first.getAttribute('href'))!;
		await first.click();
		await expect.poll(() => page.url()).toBe(`${baseUrl}${practiceHref}`);
		const sources = page.getByRole('region', { name: 'Источники' });
		const source = sources.getByRole('link').first();
		const sourceHref = (await source.getAttribute('href'))!;
		expect(sourceHref).toMatch(/^\/sources\/[a-z0-9-]+\/$/);
		await source.click();
		await expect.poll(() => page.url()).toBe(`${baseUrl}${sourceHref}`);
		await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBeTruthy();
		await page.close();
	});

	it('opens the skip link first and moves focus to the main content', async () => {
		const page = await browser.newPage();
		await page.goto(`${baseUrl}/practices/`);
		await page.keyboard.press('Tab');
		await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Перейти к содержанию');
		await page.keyboard.press('Enter');
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
		await page.close();
	});

	it('prints a practice without navigation chrome', async () => {
		const page = await browser.newPage();
		await page.goto(`${baseUrl}${PAGE_TYPES.practice}`);
		await page.emulateMedia({ media: 'print' });
		for (const selector of ['.mp-header', '.mp-footer', '.mp-breadcrumbs', '.mp-related', '.mp-skip-link']) {
			expect(await page.locator(selector).evaluate((e) => getComputedStyle(e).display), selector).toBe('none');
		}
		expect(await page.locator('h1').isVisible()).toBe(true);
		expect(await page.getByRole('heading', { name: 'Источники' }).isVisible()).toBe(true);
		await page.close();
	});

	it('ships no JavaScript on content pages', async () => {
		const page = await browser.newPage();
		const scripts: string[] = [];
		page.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()));
		for (const url of ['/', '/practices/', PAGE_TYPES.practice!, PAGE_TYPES['sphere hub']!]) await page.goto(`${baseUrl}${url}`);
		expect(scripts).toEqual([]);
		await page.close();
	});
});

for (const width of [375, 1280]) {
	describe(`layout at ${width} px`, () => {
		let browser: BrowserContext;
		beforeAll(async () => {
			browser = await launchBrowser({ width });
			fs.mkdirSync(SCREENSHOTS, { recursive: true });
		});
		afterAll(async () => browser?.close());

		it.each(Object.entries(PAGE_TYPES))('%s has no horizontal overflow', async (name, url) => {
			const page = await browser.newPage();
			await page.goto(`${baseUrl}${url}`);
			await page.screenshot({ path: path.join(SCREENSHOTS, `${name.replace(/\s+/g, '-')}-${width}.png`), fullPage: true });
			expect(await horizontalOverflow(page)).toBe(0);
			await page.close();
		});
	});
}

for (const colorScheme of ['light', 'dark'] as const) {
	describe(`accessibility (axe-core, ${colorScheme} mode)`, () => {
		let browser: BrowserContext;
		beforeAll(async () => {
			browser = await launchBrowser({ colorScheme });
		});
		afterAll(async () => browser?.close());

		it.each(Object.entries(PAGE_TYPES))('%s has no axe violations (WCAG 2.1 A/AA and best practices)', async (_name, url) => {
			const page = await browser.newPage();
			await page.goto(`${baseUrl}${url}`);
			expect(await axeViolations(page)).toEqual([]);
			await page.close();
		});
	});
}

describe('the same pages at scale (generated corpus of 1,000)', () => {
	const corpusUrl = inject('corpusUrl');
	const pages = ['/', '/practices/page/2/', '/spheres/housing-utilities/', '/regions/', '/practices/practice-00001/'];
	let browser: BrowserContext;
	beforeAll(async () => {
		browser = await launchBrowser({ width: 375 });
	});
	afterAll(async () => browser?.close());

	it.each(pages)('%s fits 375 px and has no axe-core violations', async (url) => {
		const page = await browser.newPage();
		await page.goto(`${corpusUrl}${url}`);
		expect(await horizontalOverflow(page)).toBe(0);
		expect(await axeViolations(page)).toEqual([]);
		await page.close();
	});
});
