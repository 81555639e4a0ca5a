import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { writeGlossaryContent, type GlossaryCase } from '../fixtures/glossary-site.ts';
import { axeViolations, horizontalOverflow, launchBrowser } from '../setup/browser.ts';
import { buildSite, DIST, ROOT, serveSite, type ServedSite } from '../setup/sites.ts';
import { allResultPaths, announcedCount, facetCounts, searchFor, searchResults } from './search-helpers.ts';

const baseUrl = inject('baseUrl');
const practice = (id: string) => `/practices/${id}/`;

describe('search on the real content', () => {
	let browser: BrowserContext;
	let page: Page;
	beforeAll(async () => {
		browser = await launchBrowser();
		page = await browser.newPage();
	});
	afterAll(async () => browser?.close());

	it.each([
		['инвестиционной команды', 'tyumen-single-investment-team'],
		['моногородах', 'kuzbass-municipal-development-strategies'],
		['брендбуки', 'tyumen-city-brand-book'],
		['кластерами', 'tyumen-industry-clusters'],
		['наставничеству', 'tyumen-talent-pipeline'],
		['обращениям жителей', 'bryansk-district-ai-appeals'],
		['аварий ЖКХ', 'biysk-emergency-information-exchange'],
		['малом городе', 'samara-small-towns-practices'],
	])('finds «%s» in another word form than the text uses', async (query, id) => {
		expect(await searchFor(page, baseUrl, query)).toContain(practice(id));
	});

	it('searches from the header form of any page without JavaScript in the request', async () => {
		await page.goto(`${baseUrl}/about/`);
		await page.getByRole('search').first().getByRole('searchbox').fill('моногорода');
		await page.keyboard.press('Enter');
		await expect.poll(() => new URL(page.url()).search).toBe(`?q=${encodeURIComponent('моногорода')}`);
		expect((await searchResults(page)).urls).toContain(practice('kuzbass-municipal-development-strategies'));
	});

	it('shows a helpful message with links to the spheres when nothing is found', async () => {
		expect(await searchFor(page, baseUrl, 'zzqxwv')).toEqual([]);
		await expect.poll(() => page.locator('#search-status').textContent()).toBe('Ничего не найдено.');
		const empty = page.locator('#search-empty');
		expect(await empty.isVisible()).toBe(true);
		expect(await empty.getByRole('link', { name: 'ЖКХ' }).getAttribute('href')).toBe('/spheres/housing-utilities/');
	});

	it('narrows results with each filter, and every count shown matches the results it gives', async () => {
		for (const facet of ['sphere', 'region', 'kind', 'programme', 'year']) {
			await page.goto(`${baseUrl}/search/`);
			const all = await allResultPaths(page);
			const counts = await facetCounts(page, facet);
			const [value, count] = Object.entries(counts).sort(([, a], [, b]) => a - b)[0]!;
			await page.locator(`input[name="facet-${facet}"][value="${value}"]`).check();
			const narrowed = await allResultPaths(page);
			expect(narrowed.length, `${facet}=${value}`).toBe(count);
			expect(await announcedCount(page)).toBe(count);
			expect(narrowed.length).toBeLessThan(all.length);
			expect(all).toEqual(expect.arrayContaining(narrowed));
			expect(new URL(page.url()).searchParams.get(facet)).toBe(value);
		}
	});

	it('keeps query and filters in the URL: reload and Back restore them', async () => {
		await page.goto(`${baseUrl}/search/?q=${encodeURIComponent('Тюмень')}`);
		const unfiltered = await allResultPaths(page);
		await page.locator('input[name="facet-sphere"][value="investment"]').check();
		await expect.poll(() => new URL(page.url()).searchParams.get('sphere')).toBe('investment');
		const filtered = await allResultPaths(page);
		expect(filtered.length).toBeLessThan(unfiltered.length);

		await page.reload();
		expect(await allResultPaths(page)).toEqual(filtered);
		expect(await page.locator('input[name="facet-sphere"][value="investment"]').isChecked()).toBe(true);
		expect(await page.locator('#search-query').inputValue()).toBe('Тюмень');

		await page.goBack();
		await expect.poll(() => new URL(page.url()).searchParams.get('sphere')).toBe(null);
		expect(await allResultPaths(page)).toEqual(unfiltered);
		await page.goForward();
		await expect.poll(() => new URL(page.url()).searchParams.get('sphere')).toBe('investment');
		expect(await allResultPaths(page)).toEqual(filtered);
	});

	it('sorts newest first on request', async () => {
		// The expectation comes from the built open data, so it holds whatever the entries are.
		const data = JSON.parse(fs.readFileSync(path.join(DIST, 'data/practices.json'), 'utf8')) as {
			practices: { id: string; kind: string; date: string | null }[];
		};
		const dateOf = new Map(data.practices.map((entry) => [practice(entry.id), entry.date ?? '0000']));
		const regional = data.practices.filter((entry) => entry.kind === 'regional-practice');
		expect(new Set(regional.map((entry) => entry.date)).size).toBeGreaterThan(2);

		await page.goto(`${baseUrl}/search/?sort=date&kind=regional-practice`);
		const dates = (await allResultPaths(page)).map((result) => dateOf.get(result)!);
		expect(dates).toHaveLength(regional.length);
		expect(dates).toEqual([...dates].sort().reverse());
	});

	it('is usable from the keyboard and announces results to screen readers', async () => {
		await page.goto(`${baseUrl}/search/`);
		await page.locator('#search-query').focus();
		await page.keyboard.type('кластеры');
		await page.keyboard.press('Enter');
		expect((await searchResults(page)).urls).toContain(practice('tyumen-industry-clusters'));
		expect(await page.locator('#search-status').getAttribute('role')).toBe('status');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => document.activeElement?.getAttribute('name'));
		expect(focused).toBe('sort');
	});

	it('shows each result as soon as its excerpt arrives, not after the whole page of results', async () => {
		// Hold back every excerpt but the first one asked for, as a slow link would.
		let fragments = 0;
		let release!: () => void;
		const held = new Promise<void>((resolve) => (release = resolve));
		const slowPage = await browser.newPage();
		await slowPage.route('**/pagefind/fragment/*', async (route) => {
			if ((fragments += 1) > 1) await held;
			await route.continue();
		});
		try {
			await slowPage.goto(`${baseUrl}/search/?q=${encodeURIComponent('муниципальных')}`);
			await slowPage.locator('#search-results > li').first().waitFor();
			expect(await slowPage.locator('#search-results > li').count()).toBe(1);
			expect(await slowPage.locator('#search-results').getAttribute('data-ready')).toBeNull();
			expect(await slowPage.locator('#search-more').isVisible()).toBe(false);
			release();
			const { urls } = await searchResults(slowPage);
			expect(urls.length).toBe(fragments);
			expect(urls.length).toBeGreaterThan(1);
		} finally {
			release();
			await slowPage.close();
		}
	});

	it('loads Pagefind only on the search page', async () => {
		const fresh = await browser.newPage();
		const requests: string[] = [];
		fresh.on('request', (request) => requests.push(new URL(request.url()).pathname));
		await fresh.goto(`${baseUrl}/practices/tyumen-industry-clusters/`);
		await fresh.goto(`${baseUrl}/`);
		expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
		await fresh.goto(`${baseUrl}/search/?q=${encodeURIComponent('ЖКХ')}`);
		await searchResults(fresh);
		expect(requests.some((p) => p.startsWith('/pagefind/'))).toBe(true);
		await fresh.close();
	});

	for (const colorScheme of ['light', 'dark'] as const) {
		it(`has no axe-core violations with results shown (${colorScheme}), and fits 320 px`, async () => {
			const narrow = await launchBrowser({ colorScheme, width: 320 });
			const view = await narrow.newPage();
			await view.goto(`${baseUrl}/search/?q=${encodeURIComponent('Тюмень')}&sphere=investment`);
			expect((await searchResults(view)).urls.length).toBeGreaterThan(0);
			expect(await axeViolations(view)).toEqual([]);
			expect(await horizontalOverflow(view)).toBe(0);
			await narrow.close();
		});
	}

	// The same browser and page as the cases above.
	describe('in the words people type', () => {
		/** An entry's own text, lower-cased: to show a query's form is not in it verbatim. */
		async function pageText(id: string): Promise<string> {
			return fs
				.readFileSync(path.join(ROOT, 'content', 'practices', `${id}.mdx`), 'utf8')
				.toLowerCase()
				.replace(/ё/g, 'е');
		}

		it.each([
			['школьному автобусу', ['tyumen-district-school-bus-network', 'leninsky-school-bus-routes']],
			['школьного автобуса', ['tyumen-district-school-bus-network', 'leninsky-school-bus-routes']],
			['единой инвестиционной командой', ['tyumen-single-investment-team']],
			['уличным освещением', ['lebedyan-street-lighting-energy-service', 'pugachev-street-lighting-energy-service']],
		])('finds «%s», a form the entries do not use verbatim, nouns and adjectives alike', async (query, ids) => {
			for (const id of ids) expect(await pageText(id), id).not.toContain(query);
			const urls = await searchFor(page, baseUrl, query);
			for (const id of ids) expect(urls).toContain(practice(id));
		});

		it('finds by a thesaurus word the entry that uses another: «водопровод» finds «водонапорная башня»', async () => {
			const text = await pageText('pesochnoe-water-tower-vam-reshat');
			expect(text).not.toContain('водопровод');
			expect(text).toContain('водонапорн');
			await page.goto(`${baseUrl}/search/?q=${encodeURIComponent('водопровод')}`);
			expect(await allResultPaths(page)).toContain(practice('pesochnoe-water-tower-vam-reshat'));
		});

		it('lists the entries with some of the words, and says so, when none has them all', async () => {
			const urls = await searchFor(page, baseUrl, 'брендбук котельная');
			expect(urls).toEqual(expect.arrayContaining([practice('tyumen-city-brand-book'), practice('zalesovo-modular-boiler')]));
			expect(await page.locator('#search-note').textContent()).toBe(
				'Все слова вместе не нашлись; показаны практики, где есть часть из них.',
			);
		});

		it('offers the nearest words for a word no entry uses, and shows what the corrected query finds', async () => {
			await page.goto(`${baseUrl}/search/?q=${encodeURIComponent('освящение улиц')}`);
			const urls = await allResultPaths(page);
			await expect.poll(() => page.locator('#search-suggestion').textContent()).toContain('Возможно, вы искали: освещение улиц');
			expect(urls).toContain(practice('lebedyan-street-lighting-energy-service'));
			expect(await page.locator('#search-note').textContent()).toContain('В практиках не встречается: «освящение»');
			await page.locator('#search-suggestion a').first().click();
			await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('освещение улиц');
			expect(await page.locator('#search-query').inputValue()).toBe('освещение улиц');
		});

		it('offers a correction even when the other words found something', async () => {
			const urls = await searchFor(page, baseUrl, 'водонапорная башьня');
			expect(urls).toContain(practice('palkino-kryukovo-water-tower'));
			await expect.poll(() => page.locator('#search-suggestion').textContent()).toContain('башня');
		});

		it('links to the glossary and the spheres when nothing matches at all', async () => {
			expect(await searchFor(page, baseUrl, 'zzqxwv')).toEqual([]);
			const empty = page.locator('#search-empty');
			expect(await empty.isVisible()).toBe(true);
			expect(await empty.getByRole('link', { name: 'словаре' }).getAttribute('href')).toBe('/glossary/');
			expect(await page.locator('#search-suggestion').isVisible()).toBe(false);
		});

		it('ranks an entry whose title or summary holds the query above one that mentions it in passing', async () => {
			// «котельн…» in an entry's title or summary, against one that says it six times in its text only.
			const inPassing = 'ivanovsky-district-heat-water-concessions';
			const text = await pageText(inPassing);
			expect(text.match(/котельн/g)?.length).toBeGreaterThan(3);
			const about = fs
				.readdirSync(path.join(ROOT, 'content', 'practices'))
				.map((name) => name.replace(/\.mdx$/, ''))
				.filter((id) => {
					const { title, summary } = parse(
						fs.readFileSync(path.join(ROOT, 'content', 'practices', `${id}.mdx`), 'utf8').split('---')[1]!,
					) as {
						title: string;
						summary: string;
					};
					return /котельн/i.test(`${title} ${summary}`);
				});
			expect(about.length).toBeGreaterThan(2);
			expect(about).not.toContain(inPassing);
			await page.goto(`${baseUrl}/search/?q=${encodeURIComponent('котельная')}`);
			const urls = await allResultPaths(page);
			const at = (id: string) => urls.indexOf(practice(id));
			expect(at(inPassing)).toBeGreaterThan(-1);
			for (const id of about) expect(at(id), id).toBeLessThan(at(inPassing));
		});
	});
});

describe('municipal vocabulary: abbreviations and full forms find each other', () => {
	let site: ServedSite;
	let cases: GlossaryCase[];
	let browser: BrowserContext;
	let page: Page;

	beforeAll(async () => {
		const fixture = writeGlossaryContent(path.join(ROOT, 'content/glossary.yaml'));
		cases = fixture.cases;
		site = await serveSite(buildSite('fixture-glossary', fixture.dir));
		browser = await launchBrowser();
		page = await browser.newPage();
	});
	afterAll(async () => {
		await browser?.close();
		await site?.stop();
	});

	it('covers every glossary term', () => {
		expect(cases.length).toBeGreaterThanOrEqual(10);
	});

	it('finds, for each abbreviation, the entry written only with the full form — and the reverse', async () => {
		const misses: string[] = [];
		for (const { term, full, abbreviationEntry, fullFormEntry } of cases) {
			await page.goto(`${site.baseUrl}/search/?q=${encodeURIComponent(term)}`);
			if (!(await allResultPaths(page)).includes(practice(fullFormEntry))) misses.push(`«${term}» → ${fullFormEntry}`);
			await page.goto(`${site.baseUrl}/search/?q=${encodeURIComponent(full)}`);
			if (!(await allResultPaths(page)).includes(practice(abbreviationEntry))) misses.push(`«${full}» → ${abbreviationEntry}`);
		}
		expect(misses).toEqual([]);
	});

	it('marks the abbreviation with its full form on the page', async () => {
		const { term, full, abbreviationEntry } = cases[0]!;
		await page.goto(`${site.baseUrl}${practice(abbreviationEntry)}`);
		expect(await page.locator(`abbr[title="${full}"]`).first().textContent()).toBe(term);
	});
});

describe('search at scale (generated corpus of 1,000)', () => {
	it('answers with filters working', async () => {
		const browser = await launchBrowser();
		const page = await browser.newPage();
		await page.goto(`${inject('corpusUrl')}/search/?q=${encodeURIComponent('вывоз отходов')}`);
		await searchResults(page);
		const total = await announcedCount(page);
		expect(total).toBeGreaterThan(10);
		const counts = await facetCounts(page, 'region');
		const [region, count] = Object.entries(counts)[0]!;
		await page.locator(`input[name="facet-region"][value="${region}"]`).check();
		expect((await allResultPaths(page)).length).toBe(count);
		expect(await announcedCount(page)).toBe(count);
		expect(count).toBeLessThan(total);
		await browser.close();
	});
});
