import { formatCount } from '../format/plural.ts';
import { WORDS } from '../ui-strings.ts';
import type { SitemapEntries } from './sitemap-entries.ts';

/**
 * IndexNow (https://www.indexnow.org/documentation): after a deploy, the site tells search engines
 * which of its URLs changed, so they recrawl those instead of waiting for the next sitemap visit.
 * api.indexnow.org shares every submission with all participating engines (Yandex and Bing among them).
 */
export const INDEXNOW_ENDPOINT = 'https://api.indexnow.org/indexnow';

/** The protocol accepts at most this many URLs in one request. */
export const INDEXNOW_MAX_URLS = 10_000;

/** What one deploy changed against the previous one, by URL. */
export interface SitemapChanges {
	/** In the new sitemap only. */
	added: string[];
	/** In both, with another `lastmod`: the page's content changed. */
	changed: string[];
	/** In the previous sitemap only: the page is gone, and engines learn it when they recrawl it. */
	removed: string[];
}

/**
 * Compares the previous deploy's sitemap with the new one. Without a previous one (the first deploy,
 * or the live site could not be read) every URL counts as added. A page without a date (about, glossary)
 * counts as changed only when it gains or loses one. Removed URLs count only on `siteUrl`'s host: after
 * a move to a new address, the old host's pages are not this key's to report.
 */
export function diffSitemaps(previous: SitemapEntries | undefined, current: SitemapEntries, siteUrl: string): SitemapChanges {
	const changes: SitemapChanges = { added: [], changed: [], removed: [] };
	for (const [url, lastmod] of current) {
		if (!previous?.has(url)) changes.added.push(url);
		else if (previous.get(url) !== lastmod) changes.changed.push(url);
	}
	const host = new URL(siteUrl).host;
	for (const url of previous?.keys() ?? []) {
		if (!current.has(url) && new URL(url).host === host) changes.removed.push(url);
	}
	for (const list of Object.values(changes)) list.sort();
	return changes;
}

/** The body of one IndexNow request. */
export interface IndexNowBody {
	host: string;
	key: string;
	keyLocation: string;
	urlList: string[];
}

/**
 * The requests that submit `urls`, at most INDEXNOW_MAX_URLS each. Every URL must be on the site's
 * host (the endpoint refuses the whole request otherwise, with 422), so a sitemap built for another
 * SITE_URL is stopped here with a message that says so.
 */
export function indexNowBodies(urls: readonly string[], options: { siteUrl: string; key: string; keyLocation: string }): IndexNowBody[] {
	const host = new URL(options.siteUrl).host;
	const foreign = urls.find((url) => new URL(url).host !== host);
	if (foreign) throw new Error(`IndexNow: адрес ${foreign} не на сайте ${options.siteUrl}; сборка сделана с другим SITE_URL?`);
	const bodies: IndexNowBody[] = [];
	for (let start = 0; start < urls.length; start += INDEXNOW_MAX_URLS) {
		bodies.push({ host, key: options.key, keyLocation: options.keyLocation, urlList: urls.slice(start, start + INDEXNOW_MAX_URLS) });
	}
	return bodies;
}

/** What the protocol's error statuses mean, for the person reading the CI log. */
const STATUS_HINTS: Record<number, string> = {
	400: 'неверный формат запроса',
	403: 'ключ не подтверждён: файла ключа нет по адресу keyLocation или в нём другой ключ',
	422: 'адреса не относятся к host или ключ не соответствует протоколу',
	429: 'слишком много запросов, сервис принял их за спам; повторите позже',
};

/** «1 адрес», «5 адресов»: for the messages here and in scripts/indexnow.ts. */
export const addresses = (count: number) => formatCount(count, WORDS.address);

/** Why a request failed, in a line: fetch hides the network's reason in `cause`. */
export const errorReason = (error: unknown) =>
	error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);

/**
 * Sends the requests one after another (200 and 202 are success: 202 means the key is still being
 * checked). Throws on the first failure, saying how much had been accepted before it.
 */
export async function submitToIndexNow(bodies: readonly IndexNowBody[], endpoint: string, send: typeof fetch = fetch): Promise<void> {
	let accepted = 0;
	for (const body of bodies) {
		const before = accepted ? ` До этого принято ${addresses(accepted)}.` : '';
		let response: Response;
		try {
			response = await send(endpoint, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json; charset=utf-8' },
				body: JSON.stringify(body),
				signal: AbortSignal.timeout(60_000),
			});
		} catch (error) {
			throw new Error(`IndexNow: ${endpoint} недоступен (${errorReason(error)}).${before}`);
		}
		if (response.status !== 200 && response.status !== 202) {
			const text = (await response.text().catch(() => '')).trim().slice(0, 300);
			const hint = STATUS_HINTS[response.status] ?? 'ответ не означает успех';
			throw new Error(`IndexNow: ${endpoint} ответил ${response.status} — ${hint}.${text ? ` Ответ сервиса: «${text}».` : ''}${before}`);
		}
		// Nothing to read in a success; releasing the body frees the connection for the next request.
		await response.body?.cancel();
		accepted += body.urlList.length;
	}
}
