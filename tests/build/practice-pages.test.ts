import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/validation/check-content.ts';
import { builtPracticeIds, readSite } from '../setup/dist-pages.ts';
import { DIST, ROOT } from '../setup/sites.ts';

describe('the built site (dist/)', () => {
	it('has a page for exactly the non-draft entries in content/', () => {
		const { practices } = checkContent(path.join(ROOT, 'content'), { root: ROOT });
		const published = practices
			.filter((p) => !p.draft)
			.map((p) => p.id)
			.sort();
		expect(published.length).toBeGreaterThanOrEqual(10);
		expect(builtPracticeIds(DIST)).toEqual(published);
	});

	it('ends the footer date with one full stop and a space before «Предложить правку»', () => {
		const pages = [...readSite(DIST).values()].filter((page) => /^\/practices\/[^/]+\/$/.test(page.url));
		const footers = pages.flatMap((page) =>
			page
				.byTag('footer')
				.filter((footer) => page.attr(footer, 'class')?.includes('mp-practice__footer'))
				.map((footer) => page.text(footer).replace(/\s+/g, ' ').trim()),
		);
		expect(footers).toHaveLength(pages.length);
		for (const footer of footers) expect(footer).toMatch(/^Запись обновлена \d{1,2} [а-я]+ \d{4} г\. Предложить правку$/);
	});

	it('never glues a word to a link or inline element on any page', () => {
		// Astro drops the line break between text and an element on the next line, so «в» + newline +
		// <a> renders as «в<a>»: the source needs {' '} at the end of such a line.
		const glued = /[А-Яа-яЁёA-Za-z,;:](?=<(?:a|code|strong|em|abbr|time)[\s>])|<\/(?:a|code|strong|em|time)>(?=[А-Яа-яЁё])/g;
		const found = [...readSite(DIST).values()].flatMap((page) =>
			[...page.html.matchAll(glued)].map((match) => `${page.url}: …${page.html.slice(Math.max(0, match.index - 30), match.index + 30)}…`),
		);
		expect(found).toEqual([]);
	});
});
