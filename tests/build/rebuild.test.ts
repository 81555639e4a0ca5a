import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { appendSentence } from '../../scripts/bench/measure-rebuild.ts';
import { generateCorpus } from '../../scripts/corpus/generate.ts';
import { differingFiles } from '../../scripts/lib/compare-trees.ts';
import { practiceId } from '../../src/lib/content/content-dir.ts';
import { getGlossary } from '../../src/lib/content/get-glossary.ts';
import { glossaryExpansions } from '../../src/lib/search/glossary-expansion.ts';
import { edit } from '../fixtures/content-tree.ts';
import { ROOT, runBuild } from '../setup/sites.ts';

const KEPT = /Пересборка: изменились только тексты \((\d+)\)/;
/** The pages were patched (scripts/build/patch-practice-pages.ts), not rendered by Astro. */
const PATCHED = /Страницы обновлены без Astro: (\d+)/;

/** Entries of a content tree whose bodies use none of the site's components (their pages can be patched). */
const plainEntries = (content: string) =>
	fs
		.readdirSync(path.join(content, 'practices'))
		.sort()
		.filter((file) => !/<[A-Z]/.test(fs.readFileSync(path.join(content, 'practices', file), 'utf8')));

/** A writable copy of a content tree. */
function copyOf(dir: string): string {
	const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-rebuild-'));
	fs.cpSync(dir, copy, { recursive: true });
	return copy;
}

/**
 * Rebuilds `name` after `change` with everything its last build kept, builds the changed content
 * cold beside it, and returns what the rebuild printed and the files in which the two differ.
 */
function rebuildAndCompare(name: string, content: string, change: () => void) {
	change();
	const rebuilt = runBuild(name, content, {}, { warm: true });
	const clean = runBuild(`${name}-clean`, content);
	return { log: rebuilt.log, differing: differingFiles(rebuilt.outDir, clean.outDir) };
}

// A rebuild keeps the previous output but for the pages of the entries whose text changed
// (scripts/build/rebuild-plan.ts). It must publish exactly what a clean build of the same
// content publishes, search index included; anything but a text edit is a full build.
describe('a rebuild after an edit', () => {
	describe('of the real content', () => {
		let content: string;
		beforeAll(() => {
			content = copyOf(path.join(ROOT, 'content'));
			runBuild('rebuild-real', content);
		});

		it('makes again only the page of an entry whose text changed, and publishes what a clean build does', () => {
			const file = plainEntries(content)[10]!;
			const { log, differing } = rebuildAndCompare('rebuild-real', content, () =>
				appendSentence(path.join(content, 'practices', file), 'Предложение, добавленное после первой сборки.'),
			);
			expect(KEPT.exec(log)?.[1]).toBe('1');
			expect(PATCHED.exec(log)?.[1]).toBe('1');
			expect(differing).toEqual([]);
		});

		it('patches a page whose new text adds a heading, glossary terms, markup and characters to escape', () => {
			const file = plainEntries(content)[12]!;
			const entry = path.join(content, 'practices', file);
			const text = fs.readFileSync(entry, 'utf8');
			// Terms the entry does not use in either form: written out in full, their abbreviations join its search-only text.
			const [first, second] = getGlossary(content).filter(
				(term) => !text.includes(term.term) && glossaryExpansions(text, [term]).length === 0,
			);
			const searchText = (site: string) =>
				/data-pagefind-weight="0.5">([^<]*)/.exec(
					fs.readFileSync(path.join(site, 'practices', practiceId(file), 'index.html'), 'utf8'),
				)![1];
			const before = searchText(path.join(ROOT, '.build', 'rebuild-real'));
			const { log, differing } = rebuildAndCompare('rebuild-real', content, () =>
				appendSentence(
					entry,
					`## Что добавлено\n\nУчтены ${first!.full} и ${second!.full}: «кавычки», 5 < 7 & *курсив*, [отчёт администрации](https://example.org/?a=1&b=2).\n\n| Было | Стало |\n| --- | --- |\n| 1 | 2 |`,
				),
			);
			expect(PATCHED.exec(log)?.[1]).toBe('1');
			expect(searchText(path.join(ROOT, '.build', 'rebuild-real'))).not.toBe(before);
			expect(differing).toEqual([]);
		});

		it('renders with Astro a page whose new text uses a component, with the same result as a clean build', () => {
			const file = plainEntries(content)[14]!;
			const { log, differing } = rebuildAndCompare('rebuild-real', content, () =>
				appendSentence(path.join(content, 'practices', file), '<Callout title="Важно">Выноска, добавленная после первой сборки.</Callout>'),
			);
			expect(KEPT.exec(log)?.[1]).toBe('1');
			expect(log).not.toMatch(PATCHED);
			expect(differing).toEqual([]);
		});

		it('builds everything again when the frontmatter of an entry changed, with the same result as a clean build', () => {
			const file = fs.readdirSync(path.join(content, 'practices')).sort()[20]!;
			const { log, differing } = rebuildAndCompare('rebuild-real', content, () =>
				edit(content, `practices/${file}`, /^title: .*$/m, 'title: Новое название практики после первой сборки'),
			);
			expect(log).not.toMatch(KEPT);
			expect(differing).toEqual([]);
		});

		it('builds everything again when the glossary changed: the abbreviations of every body may change', () => {
			const glossary = path.join(content, 'glossary.yaml');
			const { log, differing } = rebuildAndCompare('rebuild-real', content, () =>
				fs.writeFileSync(glossary, fs.readFileSync(glossary, 'utf8').replace(/(full: )(.)/, '$1в полной форме $2')),
			);
			expect(log).not.toMatch(KEPT);
			expect(differing).toEqual([]);
		});

		it('publishes nothing when the edited text breaks the check, and keeps the last output', () => {
			const file = fs.readdirSync(path.join(content, 'practices')).sort()[30]!;
			const before = runBuild('rebuild-real', content, {}, { warm: true }).outDir;
			const page = fs.readFileSync(path.join(before, 'practices', file.replace(/\.mdx$/, ''), 'index.html'));
			appendSentence(path.join(content, 'practices', file), 'Текст с выражением {1 + 1}.');
			expect(() => runBuild('rebuild-real', content, {}, { warm: true })).toThrow(/выражения в фигурных скобках запрещены/);
			expect(fs.readFileSync(path.join(before, 'practices', file.replace(/\.mdx$/, ''), 'index.html')).equals(page)).toBe(true);
		});
	});

	it('of a generated corpus renders the edited pages only, and publishes what a clean build does', () => {
		const content = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-rebuild-corpus-'));
		generateCorpus({ count: 300, out: content, seed: 7, realContent: path.join(ROOT, 'content') });
		runBuild('rebuild-corpus', content);
		const files = fs.readdirSync(path.join(content, 'practices')).sort();
		const { log, differing } = rebuildAndCompare('rebuild-corpus', content, () => {
			for (const file of [files[0]!, files[150]!, files.at(-1)!]) {
				appendSentence(path.join(content, 'practices', file), 'Предложение, добавленное после первой сборки.');
			}
		});
		expect(KEPT.exec(log)?.[1]).toBe('3');
		expect(PATCHED.exec(log)?.[1]).toBe('3');
		expect(differing).toEqual([]);
	});
});
