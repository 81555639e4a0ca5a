import fs from 'node:fs';
import path from 'node:path';
import { formatCount } from '../format/plural.ts';

/**
 * The IndexNow key (https://www.indexnow.org/documentation): a search engine accepts URLs for a host
 * only after it has read the same key from a file on that host. The key comes from `INDEXNOW_KEY`
 * (a repository secret in CI); without it the site has no key file and nothing is submitted.
 */

/** The protocol's key format: 8–128 characters of Latin letters, digits and hyphens. */
const KEY_FORMAT = /^[a-zA-Z0-9-]{8,128}$/;

/**
 * The key, or `undefined` when none is configured. An empty value counts as none: GitHub Actions
 * passes an unset secret as an empty string.
 */
export function parseIndexNowKey(value: string | undefined): string | undefined {
	const key = value?.trim();
	if (!key) return undefined;
	if (!KEY_FORMAT.test(key)) {
		// The key itself stays out of the message: in CI it is a secret.
		const problem = /^[a-zA-Z0-9-]*$/.test(key)
			? `в нём ${formatCount(key.length, ['символ', 'символа', 'символов'])}`
			: 'в нём есть другие символы';
		throw new Error(
			`INDEXNOW_KEY: ключ IndexNow — это 8–128 латинских букв, цифр или дефисов, а ${problem}. ` +
				'Новый ключ можно получить так: node -e "console.log(crypto.randomUUID())"',
		);
	}
	return key;
}

/** Where the key file is published: `<site>/<key>.txt`, so it covers every URL of the site. */
export function indexNowKeyLocation(siteUrl: string, key: string): string {
	return `${siteUrl.replace(/\/$/, '')}/${key}.txt`;
}

/**
 * Writes `<key>.txt` (the key and nothing else) at the root of a built site. Returns its path,
 * or `undefined` when no key is configured; a file of that name already in the site is an error,
 * since overwriting it would break a page.
 */
export function writeIndexNowKeyFile(siteDir: string, key: string | undefined): string | undefined {
	if (!key) return undefined;
	const file = path.join(siteDir, `${key}.txt`);
	if (fs.existsSync(file)) throw new Error(`Файл ключа IndexNow ${key}.txt совпадает с файлом сайта; выберите другой ключ.`);
	fs.writeFileSync(file, key);
	return file;
}
