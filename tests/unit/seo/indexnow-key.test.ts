import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexNowKeyLocation, parseIndexNowKey, writeIndexNowKeyFile } from '../../../src/lib/seo/indexnow-key.ts';

const KEY = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';

describe('parseIndexNowKey', () => {
	it('takes no key from an unset or empty variable (GitHub passes an unset secret as "")', () => {
		expect(parseIndexNowKey(undefined)).toBeUndefined();
		expect(parseIndexNowKey('')).toBeUndefined();
		expect(parseIndexNowKey('  \n')).toBeUndefined();
	});

	it('accepts 8–128 Latin letters, digits and hyphens, trimmed', () => {
		expect(parseIndexNowKey(` ${KEY}\n`)).toBe(KEY);
		expect(parseIndexNowKey('abcd1234')).toBe('abcd1234');
		expect(parseIndexNowKey('x'.repeat(128))).toBe('x'.repeat(128));
	});

	it.each([
		['too short', 'abc-123', /в нём 7 символов/],
		['too long', 'x'.repeat(129), /в нём 129 символов/],
		['a space inside', 'abcd 1234', /другие символы/],
		['Cyrillic letters', 'ключ12345', /другие символы/],
		['an underscore', 'abcd_1234', /другие символы/],
	])('refuses a key with %s, in Russian, without echoing the secret', (_name, key, reason) => {
		expect(() => parseIndexNowKey(key)).toThrow(reason);
		expect(() => parseIndexNowKey(key)).toThrow(/^INDEXNOW_KEY: ключ IndexNow — это 8–128 латинских букв/);
		let message = '';
		try {
			parseIndexNowKey(key);
		} catch (error) {
			message = (error as Error).message;
		}
		expect(message).not.toContain(key);
	});
});

describe('the key file', () => {
	it('lies at the root of the site, so it covers every URL', () => {
		expect(indexNowKeyLocation('https://example.org', KEY)).toBe(`https://example.org/${KEY}.txt`);
		expect(indexNowKeyLocation('https://example.org/', KEY)).toBe(`https://example.org/${KEY}.txt`);
	});

	it('holds exactly the key, and is written only when a key is set', () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-key-'));
		expect(writeIndexNowKeyFile(dir, undefined)).toBeUndefined();
		expect(fs.readdirSync(dir)).toEqual([]);
		expect(writeIndexNowKeyFile(dir, KEY)).toBe(path.join(dir, `${KEY}.txt`));
		expect(fs.readdirSync(dir)).toEqual([`${KEY}.txt`]);
		expect(fs.readFileSync(path.join(dir, `${KEY}.txt`), 'utf8')).toBe(KEY);
	});

	it('never overwrites a file of the site', () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-key-'));
		fs.writeFileSync(path.join(dir, 'humans00.txt'), 'the site’s own file');
		expect(() => writeIndexNowKeyFile(dir, 'humans00')).toThrow(/совпадает с файлом сайта/);
		expect(fs.readFileSync(path.join(dir, 'humans00.txt'), 'utf8')).toBe('the site’s own file');
	});
});
