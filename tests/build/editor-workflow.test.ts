import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/validation/check-content.ts';
import { copyMinimalContent } from '../fixtures/content-tree.ts';
import { builtPracticeIds, readPage } from '../setup/dist-pages.ts';
import { buildSite, ROOT } from '../setup/sites.ts';

const NEW_ENTRY = 'edinaia-dispetcherskaia-sluzhba-zhkkh-v-biiske';

function runNew(contentDir: string, args: string[]) {
	try {
		const stderr = execFileSync(process.execPath, ['scripts/new-practice.ts', ...args], {
			cwd: ROOT,
			env: { ...process.env, CONTENT_DIR: contentDir },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		return { status: 0, output: stderr.toString() };
	} catch (error) {
		const failure = error as { status: number; stderr: Buffer };
		return { status: failure.status, output: failure.stderr.toString() };
	}
}

describe('editors: npm run new and the allowed components', () => {
	let contentDir: string;
	let siteDir: string;
	const args = [
		'--title',
		'Единая диспетчерская служба ЖКХ в Бийске',
		'--kind',
		'municipal-practice',
		'--sphere',
		'housing-utilities',
		'--region',
		'altai-krai',
	];

	beforeAll(() => {
		contentDir = copyMinimalContent();
		const created = runNew(contentDir, [...args, '--source-title', 'Новость о диспетчерской', '--source-url', 'https://example.org/news']);
		if (created.status !== 0) throw new Error(created.output);
		// An entry that uses every component the site allows.
		const valid = fs.readFileSync(path.join(contentDir, 'practices/valid-practice.mdx'), 'utf8');
		const frontmatter = valid.slice(0, valid.indexOf('\n---\n') + 5).replace(/^title: .*$/m, 'title: Запись со всеми компонентами');
		const body = fs.readFileSync(path.join(ROOT, 'tests/fixtures/allowed-components.mdx'), 'utf8');
		fs.writeFileSync(path.join(contentDir, 'practices/with-components.mdx'), `${frontmatter}\n${body}`);
		siteDir = buildSite('fixture-editors', contentDir);
	});

	it('scaffolds a Latin-named entry, with its new source, that passes the check', () => {
		const file = path.join(contentDir, 'practices', `${NEW_ENTRY}.mdx`);
		expect(fs.existsSync(file)).toBe(true);
		expect(fs.readFileSync(file, 'utf8')).toMatch(/^# municipality:$/m);
		expect(fs.readFileSync(path.join(contentDir, 'sources.yaml'), 'utf8')).toMatch(
			/- id: novost-o-dispetcherskoi\n {2}title: Новость о диспетчерской/,
		);
		// A draft while its prompts stand: checked, never published.
		expect(fs.readFileSync(file, 'utf8')).toMatch(/^draft: true$/m);
		const result = checkContent(contentDir, { root: contentDir });
		expect(result.errors).toEqual([]);
	});

	it('keeps the new draft out of the built site, and the check refuses its prompts once it is published', () => {
		expect(builtPracticeIds(siteDir)).not.toContain(NEW_ENTRY);
		expect(builtPracticeIds(siteDir)).toContain('with-components');
		const published = copyMinimalContent();
		const file = path.join(contentDir, 'practices', `${NEW_ENTRY}.mdx`);
		fs.writeFileSync(path.join(published, 'practices', `${NEW_ENTRY}.mdx`), fs.readFileSync(file, 'utf8').replace(/^draft: true\n/m, ''));
		fs.copyFileSync(path.join(contentDir, 'sources.yaml'), path.join(published, 'sources.yaml'));
		const messages = checkContent(published, { root: published }).errors.map((issue) => issue.message);
		expect(messages.some((message) => message.startsWith('краткое описание — заготовка из npm run new'))).toBe(true);
		expect(messages.filter((message) => message.startsWith('в тексте осталась подсказка заготовки'))).toHaveLength(4);
	});

	/** Every file of a content tree with its text: to show a failed run left it as it was. */
	const snapshot = (dir: string) =>
		Object.fromEntries(
			(fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
				.filter((name) => fs.statSync(path.join(dir, name)).isFile())
				.map((name) => [name, fs.readFileSync(path.join(dir, name), 'utf8')]),
		);

	it.each([
		[['--source-date', '15.05.2024'], /дата «15\.05\.2024»/],
		[['--source-date', '2099-01-01'], /дата «2099-01-01» в будущем/],
		[['--source-url', 'example.org/news'], /адрес «example\.org\/news»: ожидается адрес страницы вида https:\/\/…/],
		[
			['--source-url', 'https://example.org/news'],
			/адрес https:\/\/example\.org\/news уже у источника «novost-o-dispetcherskoi»: укажите --source novost-o-dispetcherskoi/,
		],
	])('refuses a new source with %j before writing anything, and leaves the tree as it was', (flags, message) => {
		const before = snapshot(contentDir);
		const given = Object.fromEntries([['--source-url', 'https://example.org/other'], flags]) as Record<string, string>;
		const result = runNew(contentDir, [
			'--title',
			'Практика с плохим источником',
			'--kind',
			'municipal-practice',
			'--sphere',
			'transport',
			'--region',
			'altai-krai',
			'--source-title',
			'Другая новость',
			...Object.entries(given).flat(),
		]);
		expect(result.status).toBe(1);
		expect(result.output).toMatch(message);
		expect(snapshot(contentDir)).toEqual(before);
	});

	/** The minimal tree with the real regions and spheres, whose aliases these cases use. */
	const withRealTaxonomies = () => {
		const dir = copyMinimalContent();
		for (const file of ['regions.yaml', 'spheres.yaml']) fs.copyFileSync(path.join(ROOT, 'content', file), path.join(dir, file));
		return dir;
	};
	const regionOfNewEntry = (dir: string) =>
		fs
			.readdirSync(path.join(dir, 'practices'))
			.map((name) => /^region: (\S+)$/m.exec(fs.readFileSync(path.join(dir, 'practices', name), 'utf8'))?.[1])
			.filter((region) => region !== undefined && region !== 'altai-krai' && region !== 'tyumen-oblast');

	it('takes the kind in Russian and regions and spheres by their common names and abbreviations', () => {
		const dir = withRealTaxonomies();
		const created = runNew(dir, [
			'--title',
			'Практика по общим названиям',
			'--kind',
			'Муниципальная практика',
			'--sphere',
			'ТКО',
			'--region',
			'Чувашская республика',
			'--source',
			'fixture-source',
		]);
		expect(created.status, created.output).toBe(0);
		expect(regionOfNewEntry(dir)).toEqual(['chuvashia']);
		expect(fs.readFileSync(path.join(dir, 'practices/praktika-po-obshchim-nazvaniiam.mdx'), 'utf8')).toMatch(/^spheres: \[waste\]$/m);
		for (const [typed, slug] of [
			['Башкирия', 'bashkortostan'],
			['ХМАО', 'khanty-mansi-ao'],
			['Якутия', 'sakha'],
			['Питер', 'saint-petersburg'],
		]) {
			const tree = withRealTaxonomies();
			const result = runNew(tree, [
				'--title',
				`Практика ${typed}`,
				'--kind',
				'региональная',
				'--sphere',
				'ЖКХ',
				'--region',
				typed!,
				'--source',
				'fixture-source',
			]);
			expect(result.status, `${typed}: ${result.output}`).toBe(0);
			expect(regionOfNewEntry(tree)).toEqual([slug]);
		}
		const typo = runNew(withRealTaxonomies(), [
			'--title',
			'Практика с опечаткой в регионе',
			'--kind',
			'municipal-practice',
			'--sphere',
			'ЖКХ',
			'--region',
			'Чувашя',
			'--source',
			'fixture-source',
		]);
		expect(typo.output).toMatch(/«Чувашя» не подходит для --region; возможно, «chuvashia»/);
	});

	it('names a few nearest sources for an unknown one, not the whole list', () => {
		const result = runNew(contentDir, [...args, '--title', 'Практика с неизвестным источником', '--source', 'fixture-sourse']);
		expect(result.status).toBe(1);
		expect(result.output).toMatch(/источника «fixture-sourse» нет в content\/sources\.yaml; похожие: fixture-source/);
		expect(result.output.split(',').length).toBeLessThan(6);
	});

	it('refuses to overwrite an existing entry', () => {
		const file = path.join(contentDir, 'practices', `${NEW_ENTRY}.mdx`);
		const before = fs.readFileSync(file, 'utf8');
		const again = runNew(contentDir, [...args, '--source', 'fixture-source']);
		expect(again.status).toBe(1);
		expect(again.output).toMatch(/уже есть/);
		expect(fs.readFileSync(file, 'utf8')).toBe(before);
	});

	it('rejects an unknown value with the nearest valid one, without prompting', () => {
		const result = runNew(contentDir, [
			'--title',
			'Другая практика',
			'--kind',
			'municipal-practice',
			'--sphere',
			'housing',
			'--region',
			'altai-krai',
			'--source',
			'fixture-source',
		]);
		expect(result.status).toBe(1);
		expect(result.output).toMatch(/«housing» не подходит для --sphere; возможно, «housing-utilities»/);
	});

	it('prints its usage in Russian on --help, and one Russian line for an unknown option', () => {
		const help = runNew(contentDir, ['--help']);
		expect(help.status).toBe(0);
		expect(help.output).toMatch(/^Создаёт заготовку практики/);
		expect(help.output).toMatch(/--region РЕГИОН/);
		const unknown = runNew(contentDir, ['--titel', 'x']);
		expect(unknown.status).toBe(1);
		expect(unknown.output.trim()).toBe('Ошибка: неизвестный параметр --titel. Справка: npm run new -- --help');
	});

	it('takes a region and a sphere by their Russian names, and hints the nearest name on a typo', () => {
		const named = ['--title', 'Практика по русским названиям', '--kind', 'municipal-practice', '--source', 'fixture-source'];
		const created = runNew(contentDir, [...named, '--sphere', 'ЖКХ', '--region', 'тюменская область']);
		expect(created.status).toBe(0);
		const file = fs.readFileSync(path.join(contentDir, 'practices/praktika-po-russkim-nazvaniiam.mdx'), 'utf8');
		expect(file).toMatch(/^region: tyumen-oblast$/m);
		// Slugs on one line, as the hand-written entries and the form at /admin/ write them.
		expect(file).toMatch(/^spheres: \[housing-utilities\]$/m);
		const typo = runNew(contentDir, [
			...named,
			'--title',
			'Другая практика с опечаткой',
			'--sphere',
			'ЖКХ',
			'--region',
			'Тюменская облать',
		]);
		expect(typo.status).toBe(1);
		expect(typo.output).toMatch(/«Тюменская облать» не подходит для --region; возможно, «tyumen-oblast» \(Тюменская область\)/);
	});

	it('renders each allowed component', () => {
		const page = readPage(siteDir, path.join(siteDir, 'practices/with-components/index.html'));
		const byClass = (name: string) => page.elements.filter((e) => page.attr(e, 'class')?.split(' ').includes(name));
		const callout = byClass('mp-callout').find((e) => page.text(e).includes('Текст выноски'));
		expect(callout && page.text(callout)).toMatch(/Важно\s*Текст выноски с выделением/);
		expect(page.text(byClass('mp-metric--inline')[0]!)).toMatch(/8000 обращений\s+в год/);
		const quote = page.byTag('figure')[0]!;
		expect(page.text(quote)).toMatch(/Цитата из источника\.\s*— Иван Иванов, глава района/);
		expect(page.byTag('table').length).toBe(1);
	});
});
