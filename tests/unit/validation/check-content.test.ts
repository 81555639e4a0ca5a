import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/validation/check-content.ts';
import { formatIssue } from '../../../src/lib/validation/content-issue.ts';
import { copyMinimalContent, edit } from '../../fixtures/content-tree.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const TODAY = '2026-11-22';
const PRACTICE = 'practices/valid-practice.mdx';

function check(dir: string) {
	const result = checkContent(dir, { root: dir, today: TODAY });
	return { ...result, lines: result.errors.map(formatIssue) };
}

describe('checkContent', () => {
	it('passes the minimal tree, checking drafts too but skipping `_` files', () => {
		const result = check(copyMinimalContent());
		expect(result.errors).toEqual([]);
		expect(result.practices.map(({ id, title, draft }) => ({ id, title, draft }))).toEqual([
			{ id: 'draft-practice', title: 'Черновик, который не должен попасть на сайт', draft: true },
			{ id: 'valid-practice', title: 'Тестовая практика для проверки схемы', draft: false },
		]);
	});

	it('passes the real content', () => {
		const result = checkContent(path.join(ROOT, 'content'), { root: ROOT });
		expect(result.errors.map(formatIssue)).toEqual([]);
		expect(result.practices.length).toBeGreaterThanOrEqual(10);
	});

	const cases: [string, string | RegExp, string, RegExp][] = [
		[
			'unknown sphere slug',
			'spheres: [housing-utilities]',
			'spheres: [housing]',
			/valid-practice\.mdx:5: поле «spheres\[0\]»: «housing» нет в content\/spheres\.yaml; возможно, имелось в виду «housing-utilities» \(ЖКХ\) \(значение: "housing"\)/,
		],
		[
			'no source',
			'sources: [fixture-source]',
			'sources: []',
			/valid-practice\.mdx:7: поле «sources»: у практики должен быть хотя бы один источник/,
		],
		['malformed date', 'added: 2026-01-15', 'added: 15.01.2026', /valid-practice\.mdx:8: поле «added»: «15\.01\.2026» — не дата/],
		['missing title', /^title: .*\n/m, '', /valid-practice\.mdx:\d+: поле «title»: у практики должно быть название \(title\)/],
		['future date', 'added: 2026-01-15', 'added: 2027-01-15', /поле «added»: дата в будущем \(сегодня 2026-11-22\)/],
		['YAML syntax error', 'region: altai-krai', 'region: [altai-krai', /valid-practice\.mdx:\d+: ошибка YAML/],
		[
			'a region written by its name',
			'region: altai-krai',
			'region: Алтайский край',
			/поле «region»: «Алтайский край» нет в content\/regions\.yaml: это название, а в поле пишется slug — «altai-krai»/,
		],
		[
			'a misspelt region name, hinted in its own script',
			'region: altai-krai',
			'region: Алтайскй край',
			/«Алтайскй край» нет в content\/regions\.yaml; возможно, имелось в виду «altai-krai» \(Алтайский край\)/,
		],
		[
			'a picture from another site',
			'Текст тестовой практики.',
			'Текст тестовой практики.\n\n![Схема маршрутов](https://example.org/map.png)',
			/изображения с других сайтов не показываются \(их блокирует политика безопасности сайта\): положите файл в public\/images\//,
		],
		[
			'an attribute a component does not read',
			'Текст тестовой практики.',
			'Текст тестовой практики.\n\n<Quote author="Иван Иванов" position="глава">Цитата.</Quote>',
			/у <Quote> нет атрибута position: сайт его не покажет; можно: author, role/,
		],
		[
			'a scaffold prompt left in a published entry',
			'Текст тестовой практики.',
			'Что сделали и кто участвовал.',
			/в тексте осталась подсказка заготовки «Что сделали и кто участвовал\.»/,
		],
		[
			'a title with a colon, unquoted',
			/^title: .*$/m,
			'title: Практика: итоги года',
			/valid-practice\.mdx:2: ошибка YAML: в значении двоеточие с пробелом, и YAML принял его за новое поле: возьмите значение в кавычки/,
		],
		[
			'a tab in the indentation',
			'spheres: [housing-utilities]',
			'spheres:\n\t- housing-utilities',
			/ошибка YAML: в отступе табуляция: YAML допускает только пробелы/,
		],
		[
			'a frontmatter block never closed',
			/\n---\n/,
			'\n',
			/valid-practice\.mdx:1: блок метаданных открыт строкой «---», но не закрыт: добавьте строку «---» после последнего поля/,
		],
		[
			'misspelt field',
			'region: altai-krai',
			'region: altai-krai\nregoin: x',
			/поле «regoin»: неизвестное поле; возможно, имелось в виду «region»/,
		],
	];

	it.each(cases)('reports %s with file, line, field and expectation', (_name, search, replacement, expected) => {
		const dir = copyMinimalContent();
		edit(dir, PRACTICE, search, replacement);
		const result = check(dir);
		expect(result.lines.join('\n')).toMatch(expected);
	});

	it('reports every error in one run, across files', () => {
		const dir = copyMinimalContent();
		fs.copyFileSync(path.join(dir, PRACTICE), path.join(dir, 'practices/another-practice.mdx'));
		edit(dir, PRACTICE, 'region: altai-krai', 'region: altai');
		edit(dir, PRACTICE, 'kind: municipal-practice', 'kind: practice');
		edit(dir, 'sources.yaml', 'date: 2024-04-12', 'date: вчера');
		const result = check(dir);
		const files = new Set(result.errors.map((e) => e.file));
		expect(files).toEqual(new Set(['practices/valid-practice.mdx', 'sources.yaml']));
		// Two broken fields, the source's date, and the copy's title that repeats the original's.
		expect(result.errors.length).toBe(4);
		expect(result.lines.join('\n')).toMatch(/valid-practice\.mdx:6: поле «region»: «altai» нет в content\/regions\.yaml/);
		expect(result.lines.join('\n')).toMatch(/valid-practice\.mdx:4: поле «kind»: «practice» — недопустимое значение/);
		expect(result.lines.join('\n')).toMatch(/sources\.yaml:4: поле «\[0\]\.date»: «вчера» — не дата/);
		expect(result.lines.join('\n')).toMatch(
			/valid-practice\.mdx:2: поле «title»: такое же название уже у practices\/another-practice\.mdx/,
		);
	});

	it('asks for the full form at the first use of a glossary abbreviation in the body', () => {
		const dir = copyMinimalContent();
		edit(dir, PRACTICE, 'Текст тестовой практики.', 'Аварии в ЖКХ.\n\nЕщё раз ЖКХ.');
		expect(check(dir).lines).toEqual([
			'practices/valid-practice.mdx:13: первое упоминание «ЖКХ» в тексте нужно расшифровать: «жилищно-коммунальное хозяйство (ЖКХ)»',
		]);
		edit(dir, PRACTICE, 'Аварии в ЖКХ.', 'Аварии в жилищно-коммунальном хозяйстве (ЖКХ).');
		expect(check(dir).errors).toEqual([]);
	});

	it('rejects file names that cannot be URL slugs', () => {
		const dir = copyMinimalContent();
		fs.renameSync(path.join(dir, PRACTICE), path.join(dir, 'practices/Практика.mdx'));
		expect(check(dir).lines.join('\n')).toMatch(/Практика\.mdx: имя файла должно быть латинским slug-ом/);
	});

	it('fails on a source with no URL, naming the file, the line and the id', () => {
		const dir = copyMinimalContent();
		edit(dir, 'sources.yaml', /\s+url: .*$/m, '');
		const result = check(dir);
		expect(result.lines).toEqual([
			'sources.yaml:1: поле «fixture-source.url»: у источника нет адреса (url): укажите публичный адрес страницы, чтобы читатель мог проверить каждый факт',
		]);
	});

	it('accepts no URL only for the founding source documents', () => {
		const dir = copyMinimalContent();
		fs.appendFileSync(path.join(dir, 'sources.yaml'), '- id: aif-samara-small-towns\n  title: Копия новости без адреса\n');
		expect(check(dir).errors).toEqual([]);
	});

	it('rejects two source records with the same URL', () => {
		const dir = copyMinimalContent();
		const sources = path.join(dir, 'sources.yaml');
		fs.appendFileSync(sources, '- id: same-page-again\n  title: Та же страница\n  url: https://example.org/source\n');
		expect(check(dir).lines).toEqual([
			'sources.yaml:8: поле «same-page-again.url»: этот адрес уже у источника «fixture-source»; ссылайтесь на него, а эту запись удалите (значение: "https://example.org/source")',
		]);
	});

	it('counts published entries by kind and sphere, and the regions they cover', () => {
		const dir = copyMinimalContent();
		fs.copyFileSync(path.join(dir, PRACTICE), path.join(dir, 'practices/second-practice.mdx'));
		edit(dir, 'practices/second-practice.mdx', /^title: .*$/m, 'title: Вторая практика другого региона');
		edit(dir, 'practices/second-practice.mdx', 'region: altai-krai', 'region: tyumen-oblast');
		edit(dir, 'practices/second-practice.mdx', 'kind: municipal-practice', 'kind: regional-practice');
		const { coverage, errors } = check(dir);
		expect(errors).toEqual([]);
		// The draft in the fixture is counted nowhere.
		expect(coverage.published).toBe(2);
		expect(Object.fromEntries(coverage.byKind.map(({ kind, count }) => [kind, count]))).toEqual({
			'graduation-project': 0,
			'regional-practice': 1,
			'municipal-practice': 1,
		});
		expect(coverage.bySphere.find(({ id }) => id === 'housing-utilities')?.count).toBe(2);
		expect(coverage.regions).toBe(2);
	});

	it('`npm run check` exits non-zero and prints the errors in Russian', () => {
		const dir = copyMinimalContent();
		edit(dir, PRACTICE, 'spheres: [housing-utilities]', 'spheres: [zhkh]');
		let output = '';
		let status = 0;
		try {
			execFileSync(process.execPath, ['scripts/check-content.ts'], {
				cwd: ROOT,
				env: { ...process.env, CONTENT_DIR: dir },
				stdio: 'pipe',
			});
		} catch (error) {
			const failure = error as { status: number; stderr: Buffer };
			status = failure.status;
			output = failure.stderr.toString();
		}
		expect(status).toBe(1);
		expect(output).toMatch(/ошибка: .*valid-practice\.mdx:5: поле «spheres\[0\]»: «zhkh» нет в content\/spheres\.yaml/);
		expect(output).toMatch(/Проверка не пройдена: 1 ошибка\./);
	});
});
