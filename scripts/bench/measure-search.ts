import type { BrowserContext } from 'playwright-core';

export interface SearchTiming {
	query: string;
	/** From the last keystroke to the first result in the DOM. */
	msToFirstResult: number;
	/** Bytes Pagefind fetched for this query (index chunks and fragments). */
	bytesFetched: number;
	results: number;
}

/**
 * Opens the search page, focuses the field (which loads Pagefind, as a reader's click would),
 * waits until it is idle, then types each query fresh and times the first rendered result.
 */
export async function measureSearch(browser: BrowserContext, searchUrl: string, queries: readonly string[]): Promise<SearchTiming[]> {
	const page = await browser.newPage();
	// Pagefind fetches from a web worker; Playwright reports those requests on the page too.
	let fetched = 0;
	page.on('requestfinished', (request) => {
		// A request still in flight when the page closes rejects: it fetched nothing this measurement counts.
		void request
			.sizes()
			.then((sizes) => (fetched += sizes.responseBodySize + sizes.responseHeadersSize))
			.catch(() => {});
	});
	await page.goto(searchUrl, { waitUntil: 'networkidle' });
	await page.locator('#search-query').focus();
	await page.waitForLoadState('networkidle');
	const timings: SearchTiming[] = [];
	for (const query of queries) {
		await page.locator('#search-query').fill('');
		// Emptying the field lists every practice; let that search finish, so the query timed
		// next starts on an idle page, as the first query after the page has loaded does.
		await page.waitForFunction(
			() => new URLSearchParams(location.search).get('q') === null && document.getElementById('search-results')!.dataset.ready,
		);
		await page.waitForLoadState('networkidle');
		await page.evaluate((finalQuery) => {
			const list = document.getElementById('search-results')!;
			const w = window as unknown as { __firstResult?: number; __lastKey?: number };
			w.__firstResult = undefined;
			// Typing may pause longer than the debounce, so a prefix of the query can render first;
			// only results of the whole query count. The page names the query a list shows in
			// `data-query` when it clears the list for that query's results.
			new MutationObserver((_, observer) => {
				if (list.dataset.query === finalQuery && list.querySelector('li')) {
					w.__firstResult = performance.now();
					observer.disconnect();
				}
			}).observe(list, { childList: true, attributes: true });
			document.getElementById('search-query')!.addEventListener('input', () => (w.__lastKey = performance.now()));
		}, query);
		fetched = 0;
		await page.locator('#search-query').pressSequentially(query, { delay: 30 });
		await page.waitForFunction(() => (window as unknown as { __firstResult?: number }).__firstResult !== undefined, undefined, {
			timeout: 15_000,
		});
		await page.waitForLoadState('networkidle');
		const { first, last, results } = await page.evaluate(() => {
			const w = window as unknown as { __firstResult: number; __lastKey: number };
			return { first: w.__firstResult, last: w.__lastKey, results: document.querySelectorAll('#search-results > li').length };
		});
		timings.push({ query, msToFirstResult: Math.round(first - last), bytesFetched: fetched, results });
	}
	await page.close();
	return timings;
}
