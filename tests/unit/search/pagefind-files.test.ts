import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { differingFiles } from '../../../scripts/lib/compare-trees.ts';
import { decodeCbor, hashedIndexFiles, usedIndexFiles } from '../../../src/lib/integrations/pagefind-files.ts';
import { buildSearchIndex } from '../../../src/lib/integrations/search-index.ts';

/** A site of practice pages as the search index reads them: a body, a filter and a sort per page. */
function site(texts: string[]): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-pagefind-'));
	texts.forEach((text, index) => {
		const page = path.join(dir, 'practices', `p${index}`, 'index.html');
		fs.mkdirSync(path.dirname(page), { recursive: true });
		fs.writeFileSync(
			page,
			`<html lang="ru"><body><div data-pagefind-body><h1 data-pagefind-meta="title">Практика ${index}</h1>` +
				`<span hidden data-pagefind-filter="region">Регион ${index % 2}</span><span hidden data-pagefind-sort="date:202${index}"></span>` +
				`<p>${text}</p></div></body></html>`,
		);
	});
	return dir;
}

/** Every file of a folder with its bytes, to tell whether anything in it changed. */
const snapshot = (dir: string) =>
	Object.fromEntries(
		fs
			.readdirSync(dir, { recursive: true, encoding: 'utf8' })
			.filter((name) => fs.statSync(path.join(dir, name)).isFile())
			.map((name) => [name, fs.readFileSync(path.join(dir, name)).toString('base64')]),
	);

describe('decodeCbor', () => {
	it('reads the integers, strings, arrays and maps of a Pagefind meta file', () => {
		// [ "1.6", [["ru_a", 300]], -2, h'0102', {1: "ё"} ]
		const bytes = [
			0x85, 0x63, 0x31, 0x2e, 0x36, 0x81, 0x82, 0x64, 0x72, 0x75, 0x5f, 0x61, 0x19, 0x01, 0x2c, 0x21, 0x42, 1, 2, 0xa1, 0x01, 0x62, 0xd1,
			0x91,
		];
		expect(decodeCbor(Uint8Array.from(bytes))).toEqual(['1.6', [['ru_a', 300]], -2, Uint8Array.from([1, 2]), new Map([[1, 'ё']])]);
	});

	it('refuses what it cannot read rather than guess', () => {
		expect(() => decodeCbor(Uint8Array.from([0x82, 0x01]))).toThrow(/оборвались/);
		expect(() => decodeCbor(Uint8Array.from([0x01, 0x02]))).toThrow(/лишние байты/);
		expect(() => decodeCbor(Uint8Array.from([0xf9, 0x3c, 0x00]))).toThrow(/неподдерживаемый тип 7/);
	});
});

describe('a search index started from the previous one', () => {
	const texts = ['Вывоз отходов из сельских поселений', 'Ремонт дорог в малом городе', 'Единая инвестиционная команда'];

	it('lists as used exactly the hashed files a clean run writes', async () => {
		const dir = site(texts);
		await buildSearchIndex(dir);
		const index = path.join(dir, 'pagefind');
		expect(hashedIndexFiles(index).length).toBeGreaterThan(texts.length);
		expect([...usedIndexFiles(index)].sort()).toEqual(hashedIndexFiles(index).sort());
	});

	it('is the folder a clean run writes, and leaves the previous index as it was', async () => {
		const before = site(texts);
		await buildSearchIndex(before);
		const previous = path.join(before, 'pagefind');
		const kept = snapshot(previous);
		const edited = [texts[0]!, 'Ремонт дорог и тротуаров в малом городе', texts[2]!];
		const rebuilt = site(edited);
		await buildSearchIndex(rebuilt, { previous });
		const clean = site(edited);
		await buildSearchIndex(clean);
		expect(differingFiles(path.join(rebuilt, 'pagefind'), path.join(clean, 'pagefind'))).toEqual([]);
		// The unchanged pages' fragments were taken from the previous index, not written again.
		const fragment = hashedIndexFiles(previous).find(
			(file) => file.startsWith('fragment/') && fs.existsSync(path.join(rebuilt, 'pagefind', file)),
		)!;
		expect(fs.statSync(path.join(rebuilt, 'pagefind', fragment)).ino).toBe(fs.statSync(path.join(previous, fragment)).ino);
		expect(snapshot(previous)).toEqual(kept);
	});
});
