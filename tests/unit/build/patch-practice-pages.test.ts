import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { patchPracticePage, textParts, type TextParts } from '../../../scripts/build/patch-practice-pages.ts';
import { createBodyRenderer } from '../../../src/lib/markdown/render-body.ts';

const glossary = [
	{ term: 'ЖКХ', full: 'жилищно-коммунальное хозяйство' },
	{ term: 'ТКО', full: 'твёрдые коммунальные отходы' },
];
const render = createBodyRenderer(glossary);
const file = path.join('content', 'practices', 'entry.mdx');
const entry = (body: string) => `---\ntitle: Вывоз ТКО в посёлке\nsummary: Краткое описание практики.\n---\n\n${body}\n`;

/** A practice page as the template lays it out, around the parts of a text. */
const page = (parts: TextParts, place = 'Тульская область') =>
	`<main><div class="mp-practice" data-pagefind-body><p hidden data-pagefind-weight="0.5">${[place, ...parts.expansions].join(' · ')}</p>` +
	`<div class="mp-prose">${parts.html}</div><section id="results"><div class="mp-prose">итоги</div></section></div></main>`;

describe('textParts', () => {
	it('renders the body and lists the expansions of the abbreviations in the title, summary and body', () => {
		const parts = textParts(file, entry('## Проблема\n\nСчета за услуги ЖКХ.'), render, glossary)!;
		expect(parts.html).toContain('<h2 id="проблема">Проблема</h2>');
		expect(parts.html).toContain('<abbr title="жилищно-коммунальное хозяйство">ЖКХ</abbr>');
		// The glossary's other forms, then the thesaurus's other words (content/thesaurus.yaml: ЖКХ and ТКО are in it too).
		expect(parts.expansions.slice(0, 2).sort()).toEqual(['жилищно-коммунальное хозяйство', 'твёрдые коммунальные отходы']);
		expect(parts.expansions).toContain('мусор');
	});

	it('leaves a body that needs the MDX compiler to Astro', () => {
		expect(textParts(file, entry('<Callout title="Важно">Текст.</Callout>'), render, glossary)).toBeUndefined();
		expect(textParts(file, entry('```js\nlet a;\n```'), render, glossary)).toBeUndefined();
	});
});

describe('patchPracticePage', () => {
	const before = textParts(file, entry('Первый текст.'), render, glossary)!;
	const after = textParts(file, entry('Второй текст об услугах ЖКХ & «кавычках».'), render, glossary)!;

	it('gives the page the new text made by the template: the body and the search-only expansions', () => {
		expect(patchPracticePage(page(before), before, after)).toBe(page(after));
		// An expansion that goes away goes from the page too.
		expect(patchPracticePage(page(after), after, before)).toBe(page(before));
	});

	it('escapes the search text as Astro does', () => {
		const quoted = { html: '<p>т</p>', expansions: ['"Дом" & <сад>'] };
		expect(patchPracticePage(page(before), before, quoted)).toContain('Тульская область · &quot;Дом&quot; &amp; &lt;сад&gt;</p>');
	});

	it('gives up when the old text is not where the template puts it', () => {
		const other = textParts(file, entry('Совсем другой текст.'), render, glossary)!;
		// The old body is not on the page (the page was made from another text).
		expect(patchPracticePage(page(other), before, after)).toBeUndefined();
		// The old expansions are not at the end of the search text.
		expect(patchPracticePage(page({ ...before, expansions: ['другое'] }), before, after)).toBeUndefined();
		// Two places that read like the body: which one is the body is not certain.
		const twice = page(before).replace('</main>', `<div class="mp-prose">${before.html}</div></main>`);
		expect(patchPracticePage(twice, before, after)).toBeUndefined();
		// No search text at all, or nothing but expansions in it.
		expect(patchPracticePage(page(before).replace('data-pagefind-weight="0.5"', ''), before, after)).toBeUndefined();
		const withExpansion = textParts(file, entry('ЖКХ.'), render, glossary)!;
		expect(patchPracticePage(page(withExpansion, ''), withExpansion, after)).toBeUndefined();
	});
});
