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
		const result = checkContent(contentDir, { root: contentDir });
		expect(result.errors).toEqual([]);
		expect(result.warnings.map((w) => w.file)).toContain(`practices/${NEW_ENTRY}.mdx`);
	});

	it('puts the new entry in the built site', () => {
		expect(builtPracticeIds(siteDir)).toContain(NEW_ENTRY);
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
