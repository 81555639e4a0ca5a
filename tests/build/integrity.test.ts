import fs from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { checkLinks } from '../../src/lib/integrations/check-links.ts';
import { listHtmlFiles } from '../setup/dist-pages.ts';
import { buildSite, DIST, ROOT } from '../setup/sites.ts';

describe('link integrity', () => {
	it.each([
		['real content', DIST],
		['generated corpus of 1,000', inject('corpusDir')],
	])('resolves every internal link and #anchor, and every image has alt text (%s)', (_name, dir) => {
		expect(checkLinks(dir)).toEqual([]);
	});

	it('reports a broken link, a missing anchor and an image without alt', () => {
		const dir = fs.mkdtempSync(path.join(ROOT, '.build', 'links-'));
		fs.writeFileSync(path.join(dir, 'index.html'), '<a href="/missing/">x</a><a href="/#nowhere">y</a><img src="/index.html">');
		expect(checkLinks(dir).map((p) => p.problem)).toEqual([
			'ссылка на несуществующее /missing/',
			'якорь #nowhere не найден на /',
			'<img> без alt: /index.html',
		]);
	});
});

describe('HTML validity', () => {
	// `long-title` is an SEO length hint, not a validity rule: a practice's title is as long as its
	// source makes it, and the site name follows it in <title>.
	const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off' } });

	it('finds no errors on any page of the real site', async () => {
		const errors: string[] = [];
		for (const file of listHtmlFiles(DIST)) {
			const report = await validator.validateFile(file);
			for (const result of report.results) {
				for (const message of result.messages)
					errors.push(`${path.relative(DIST, file)}:${message.line}: ${message.ruleId}: ${message.message}`);
			}
		}
		expect(errors).toEqual([]);
	});
});

describe('reproducible builds', () => {
	function filesOf(dir: string): Map<string, Buffer> {
		return new Map(
			fs
				.readdirSync(dir, { recursive: true, encoding: 'utf8' })
				.filter((name) => fs.statSync(path.join(dir, name)).isFile())
				.sort()
				.map((name) => [name, fs.readFileSync(path.join(dir, name))]),
		);
	}

	it('gives a byte-identical dist/ from two clean builds of the same content', () => {
		// buildSite builds cold: neither build reuses anything of an earlier one.
		const outputs = ['repro-a', 'repro-b'].map((name) => filesOf(buildSite(name, path.join(ROOT, 'content'))));
		const [a, b] = outputs as [Map<string, Buffer>, Map<string, Buffer>];
		expect([...a.keys()]).toEqual([...b.keys()]);
		const differing = [...a].filter(([name, content]) => !content.equals(b.get(name)!)).map(([name]) => name);
		expect(differing).toEqual([]);
		expect(a.size).toBeGreaterThan(50);
	});
});
