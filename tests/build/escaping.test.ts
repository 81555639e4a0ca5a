import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyMinimalContent, edit } from '../fixtures/content-tree.ts';
import { readPage } from '../setup/dist-pages.ts';
import { parseCsv, rssItems } from '../setup/feeds.ts';
import { buildSite } from '../setup/sites.ts';

// Everything that could break out of an HTML text node, an attribute, a script element,
// an XML element or a CSV cell.
const TITLE = 'Опасное <script>alert("x")</script> & «кавычки» \'апостроф\'\nи перевод строки';
const SUMMARY = 'Описание с </script><!-- комментарием --> & "двойными" и \'одинарными\' кавычками,\nпереводом строки; и точкой с запятой.';

describe('escaping of hostile text in titles and summaries', () => {
	let dir: string;
	const read = (file: string) => fs.readFileSync(path.join(dir, file), 'utf8');

	beforeAll(() => {
		const content = copyMinimalContent();
		edit(content, 'practices/valid-practice.mdx', /^title: .*$/m, `title: ${JSON.stringify(TITLE)}`);
		edit(content, 'practices/valid-practice.mdx', /^summary: .*$/m, `summary: ${JSON.stringify(SUMMARY)}`);
		dir = buildSite('fixture-escaping', content);
	});

	it('keeps the text intact and inert in the HTML', () => {
		const page = readPage(dir, path.join(dir, 'practices/valid-practice/index.html'));
		expect(page.text(page.byTag('h1')[0]!)).toBe(TITLE);
		expect(page.text(page.byTag('title')[0]!)).toBe(`${TITLE} — Муниципальные практики`);
		const description = page.byTag('meta').find((m) => page.attr(m, 'name') === 'description')!;
		expect(page.attr(description, 'content')).toBe(SUMMARY);
		// The only scripts are the JSON-LD blocks: the title did not open one.
		expect(page.byTag('script').map((s) => page.attr(s, 'type'))).toEqual(['application/ld+json', 'application/ld+json']);
	});

	it('keeps JSON-LD parseable and unbroken by </script> or <!--', () => {
		const page = readPage(dir, path.join(dir, 'practices/valid-practice/index.html'));
		const raw = page.byTag('script').map((s) => page.text(s));
		for (const text of raw) {
			expect(text).not.toMatch(/<\/script|<!--/i);
		}
		const article = raw.map((text) => JSON.parse(text)).find((block) => block['@type'] === 'Article');
		expect(article.headline).toBe(TITLE);
		expect(article.description).toBe(SUMMARY);
	});

	it('round-trips through the RSS feed', () => {
		const [item] = rssItems(read('rss.xml'));
		expect(item!.title).toBe(TITLE);
		expect(item!.description).toBe(SUMMARY);
	});

	it('round-trips through practices.json and practices.csv', () => {
		const record = JSON.parse(read('data/practices.json')).practices[0];
		expect(record.title).toBe(TITLE);
		expect(record.summary).toBe(SUMMARY);
		const [header, row] = parseCsv(read('data/practices.csv').slice(1));
		expect(row![header!.indexOf('title')]).toBe(TITLE);
		expect(row![header!.indexOf('summary')]).toBe(SUMMARY);
	});
});
