import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../scripts/corpus/generate.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const COUNT = 200;

/** The body of each generated entry (frontmatter removed), by file name. */
function bodies(dir: string): Map<string, string> {
	const practices = path.join(dir, 'practices');
	return new Map(
		fs
			.readdirSync(practices)
			.map((name) => [name, fs.readFileSync(path.join(practices, name), 'utf8').split(/^---$/m).slice(2).join('---')]),
	);
}

/** Prose sentences only: headings, list items and table rows are page furniture, not text. */
function sentences(body: string): string[] {
	return body
		.split('\n')
		.filter((line) => line.trim() && !/^(#|\||-|\d+\.)/.test(line.trim()))
		.flatMap((line) => line.split(/(?<=[.!?])\s+/))
		.map((sentence) => sentence.trim())
		.filter(Boolean);
}

describe('generateCorpus', () => {
	let dirA: string;
	let dirB: string;
	beforeAll(() => {
		dirA = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-corpus-a-'));
		dirB = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-corpus-b-'));
		for (const out of [dirA, dirB]) generateCorpus({ count: COUNT, out, seed: 7, realContent: path.join(ROOT, 'content') });
	});
	afterAll(() => {
		for (const dir of [dirA, dirB]) fs.rmSync(dir, { recursive: true, force: true });
	});

	it('writes the same corpus for the same seed', () => {
		expect([...bodies(dirB)]).toEqual([...bodies(dirA)]);
		expect(bodies(dirA).size).toBe(COUNT);
	});

	it('writes 600–900 words a page, never the same sentence twice on a page', () => {
		for (const [name, body] of bodies(dirA)) {
			const words = body.split(/\s+/).filter(Boolean).length;
			expect(words, name).toBeGreaterThanOrEqual(600);
			expect(words, name).toBeLessThanOrEqual(900);
			const said = sentences(body);
			expect(new Set(said).size, name).toBe(said.length);
		}
	});

	// Real entries share words, not whole sentences. A sentence on every page puts each of its
	// words into every page's search index, which is what made one benchmark query's index chunk
	// weigh 129 KB at 10,000 entries with an earlier generator.
	it('puts no sentence on more than a tenth of the pages', () => {
		const pagesWith = new Map<string, number>();
		for (const body of bodies(dirA).values())
			for (const sentence of new Set(sentences(body))) pagesWith.set(sentence, (pagesWith.get(sentence) ?? 0) + 1);
		const [commonest, pages] = [...pagesWith].sort((a, b) => b[1] - a[1])[0]!;
		expect(pages, commonest).toBeLessThanOrEqual(COUNT / 10);
	});
});
