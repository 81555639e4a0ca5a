import type { BrowserContext } from 'playwright-core';

export type ResourceKind = 'html' | 'css' | 'js' | 'other';

export interface PageWeight {
	url: string;
	requests: number;
	/** Bytes on the wire (gzip where the server compresses), per kind and in total. */
	bytes: Record<ResourceKind, number> & { total: number };
}

function kindOf(type: string): ResourceKind {
	if (type === 'document') return 'html';
	if (type === 'stylesheet') return 'css';
	if (type === 'script') return 'js';
	return 'other';
}

/** Loads a page in a fresh cache and counts what the browser fetched. */
export async function measurePage(browser: BrowserContext, url: string): Promise<PageWeight> {
	const page = await browser.newPage();
	const client = await browser.newCDPSession(page);
	await client.send('Network.enable');
	await client.send('Network.setCacheDisabled', { cacheDisabled: true });
	const types = new Map<string, string>();
	const weight: PageWeight = { url, requests: 0, bytes: { html: 0, css: 0, js: 0, other: 0, total: 0 } };
	client.on('Network.requestWillBeSent', (event) => types.set(event.requestId, (event.type ?? 'Other').toLowerCase()));
	client.on('Network.loadingFinished', (event) => {
		const kind = kindOf(types.get(event.requestId) ?? 'other');
		weight.requests++;
		weight.bytes[kind] += event.encodedDataLength;
		weight.bytes.total += event.encodedDataLength;
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	await page.close();
	return weight;
}
