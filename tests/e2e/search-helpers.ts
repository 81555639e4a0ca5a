import type { Page } from 'playwright-core';

/** Waits until the search page has finished the search in its URL, then returns what it shows. */
export async function searchResults(page: Page): Promise<{ status: string; urls: string[] }> {
	await page.locator('#search-results[data-ready]').waitFor({ state: 'attached' });
	return page.evaluate(() => ({
		status: document.getElementById('search-status')!.textContent!,
		urls: [...document.querySelectorAll<HTMLAnchorElement>('#search-results h2 a')].map((a) => new URL(a.href).pathname),
	}));
}

/** Opens the search page for `query` (and optional URL parameters) and returns the result paths. */
export async function searchFor(page: Page, baseUrl: string, query: string, params = ''): Promise<string[]> {
	await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(query)}${params}`);
	return (await searchResults(page)).urls;
}

/** The counts shown next to each value of a facet, keyed by the value's slug. */
export async function facetCounts(page: Page, facet: string): Promise<Record<string, number>> {
	return page.evaluate((name) => {
		const counts: Record<string, number> = {};
		for (const radio of document.querySelectorAll<HTMLInputElement>(`input[name="facet-${name}"]`)) {
			const badge = radio.parentElement?.querySelector<HTMLElement>('.mp-facet__count');
			if (radio.value && badge) counts[radio.value] = Number(badge.dataset.count);
		}
		return counts;
	}, facet);
}

/** Every result of the current search, pressing «Показать ещё» until the list is complete. */
export async function allResultPaths(page: Page): Promise<string[]> {
	await searchResults(page);
	while (await page.locator('#search-more').isVisible()) {
		const before = await page.locator('#search-results > li').count();
		await page.locator('#search-more').click();
		await page.waitForFunction((count) => document.querySelectorAll('#search-results > li').length > count, before);
		await page.locator('#search-results[data-ready]').waitFor({ state: 'attached' });
	}
	return page.evaluate(() =>
		[...document.querySelectorAll<HTMLAnchorElement>('#search-results h2 a')].map((a) => new URL(a.href).pathname),
	);
}

/** The number of results the status line announces. */
export async function announcedCount(page: Page): Promise<number> {
	const status = await page.locator('#search-status').textContent();
	const match = /Найдено: ([\d\s ]+)/.exec(status ?? '');
	return match ? Number(match[1]!.replace(/\D/g, '')) : 0;
}
