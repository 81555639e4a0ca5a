import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parsePracticeFile, TAXONOMY_LIST_STYLE, writePracticeFile } from '../../../src/lib/content/practice-file.ts';
import { normalize, writeList } from '../../../src/lib/content/yaml-blocks.ts';
import { checkContent } from '../../../src/lib/validation/check-content.ts';
import { copyMinimalContent } from '../../fixtures/content-tree.ts';

const PRACTICES = path.resolve(import.meta.dirname, '../../../content/practices');
const read = (name: string) => fs.readFileSync(path.join(PRACTICES, name), 'utf8');
const rewrite = (text: string, change: (data: Record<string, unknown>) => void, body?: string) => {
	const { data, body: oldBody } = parsePracticeFile(text);
	change(data);
	return writePracticeFile(data, body ?? oldBody, text);
};
/** Lines only in `before` and lines only in `after`, counting repeats (a line diff without the positions). */
function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
	const without = (lines: string[], others: string[]) => {
		const left = [...others];
		return lines.filter((line) => {
			const at = left.indexOf(line);
			if (at === -1) return true;
			left.splice(at, 1);
			return false;
		});
	};
	const a = before.split('\n');
	const b = after.split('\n');
	return { removed: without(a, b), added: without(b, a) };
}

// What the form at /admin/ and `npm run new` write: a pull request's diff must show only the edit.
describe('practice files written as the hand-written entries are', () => {
	it('rewrites every real entry, unchanged, byte for byte', () => {
		for (const name of fs.readdirSync(PRACTICES)) {
			const text = read(name);
			const { data, body } = parsePracticeFile(text);
			expect(writePracticeFile(data, body, text), name).toBe(text);
		}
	});

	it('changes only the lines of an edited field, keeping a hand-folded summary of another field as it was', () => {
		const before = read('afanasyevsky-ppmi-village-road.mdx');
		const after = rewrite(before, (data) => (data.status = 'implementing'));
		expect(changedLines(before, after)).toEqual({ removed: ['status: implemented'], added: ['status: implementing'] });
		const summary = rewrite(before, (data) => (data.summary = 'Жители деревни Рагоза отремонтировали 225 метров дороги по программе поддержки местных инициатив.'));
		expect(changedLines(before, summary)).toEqual({
			removed: [
				'  Жители деревни Рагоза Афанасьевского муниципального округа через программу поддержки местных',
				'  инициатив отремонтировали 225 метров дороги; проект стоимостью 350,1 тыс. рублей оплатили четыре стороны.',
			],
			added: ['  Жители деревни Рагоза отремонтировали 225 метров дороги по программе поддержки местных инициатив.'],
		});
		expect(summary.split('\n---\n')[1]).toBe(before.split('\n---\n')[1]);
	});

	it('puts a new field where the schema orders it, and drops a cleared one with its lines', () => {
		const before = read('afanasyevsky-ppmi-village-road.mdx');
		const added = rewrite(before, (data) => (data.date = '2024'));
		expect(added).toMatch(/\nstatus: implemented\ndate: 2024\nresults:\n/);
		expect(changedLines(before, added)).toEqual({ removed: [], added: ['date: 2024'] });
		const cleared = rewrite(before, (data) => (data.municipality = { name: '', type: '' }));
		expect(changedLines(before, cleared)).toEqual({ removed: ['municipality:', '  name: Афанасьевский муниципальный округ', '  type: муниципальный округ'], added: [] });
	});

	it('keeps the frontmatter when only the body changes', () => {
		const before = read('afanasyevsky-ppmi-village-road.mdx');
		const after = rewrite(before, () => {}, '## Проблема\n\nНовый текст.\n');
		expect(after.split('\n---\n')[0]).toBe(before.split('\n---\n')[0]);
		expect(after.endsWith('\n---\n\n## Проблема\n\nНовый текст.\n')).toBe(true);
	});

	it('writes a new entry in the entries\' style, and the check accepts it', () => {
		const text = writePracticeFile(
			{
				body: undefined,
				draft: false,
				added: '2026-11-23',
				sources: ['fixture-source'],
				region: 'altai-krai',
				spheres: ['housing-utilities'],
				kind: 'municipal-practice',
				summary: 'Администрация города собрала заявки жителей об авариях в одну диспетчерскую службу, которая работает круглосуточно.',
				title: 'Единая диспетчерская служба: «ЖКХ» — 24 часа',
				results: [{ label: 'заявок в год', value: 8000, unit: '' }],
				municipality: { type: 'городской округ', name: 'Бийск' },
				cohort: undefined,
			},
			'## Проблема\n\nТекст.',
		);
		expect(text).toBe(
			[
				'---',
				"title: 'Единая диспетчерская служба: «ЖКХ» — 24 часа'",
				'summary: >-',
				'  Администрация города собрала заявки жителей об авариях в одну диспетчерскую службу, которая',
				'  работает круглосуточно.',
				'kind: municipal-practice',
				'spheres: [housing-utilities]',
				'region: altai-krai',
				'municipality:',
				'  name: Бийск',
				'  type: городской округ',
				'results:',
				'  - value: 8000',
				'    label: заявок в год',
				'sources: [fixture-source]',
				'added: 2026-11-23',
				'---',
				'',
				'## Проблема',
				'',
				'Текст.',
				'',
			].join('\n'),
		);
		const content = copyMinimalContent();
		fs.writeFileSync(path.join(content, 'practices/new-entry.mdx'), text);
		expect(checkContent(content, { root: content }).errors).toEqual([]);
	});
});

describe('taxonomy lists written back item by item', () => {
	const SOURCES = path.resolve(import.meta.dirname, '../../../content/sources.yaml');
	const original = fs.readFileSync(SOURCES, 'utf8');
	const items = () => normalize(parse(original), TAXONOMY_LIST_STYLE) as Record<string, unknown>[];

	it('rewrites sources.yaml unchanged, comments included', () => {
		expect(writeList(items(), TAXONOMY_LIST_STYLE, original)).toBe(original);
	});

	it('changes one line for one edited field and appends a new source in the file\'s order', () => {
		const edited = items();
		edited[1]!.title = 'Новый заголовок';
		edited.push({ url: 'https://example.org/news', title: 'Новость: «ЖКХ»', id: 'example-news', date: '2024-04-12' });
		const after = writeList(edited, TAXONOMY_LIST_STYLE, original);
		expect(changedLines(original, after)).toEqual({
			removed: ['  title: Выпускники «Школы мэров» разработали системные проекты по улучшению качества жизни в городах и районах'],
			added: ['  title: Новый заголовок', '- id: example-news', "  title: 'Новость: «ЖКХ»'", '  date: 2024-04-12', '  url: https://example.org/news'],
		});
	});
});
