import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { slugify } from '../../src/lib/format/transliterate.ts';
import { launchBrowser } from '../setup/browser.ts';
import { startDecapServer, type DecapServer } from '../../scripts/lib/decap-server.ts';
import { ROOT } from '../setup/sites.ts';

/** `npm run check` over a content folder: its exit status and what it printed. */
function runCheck(contentDir: string): { status: number | null; output: string } {
	const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/check-content.ts')], {
		cwd: ROOT,
		env: { ...process.env, CONTENT_DIR: contentDir },
		encoding: 'utf8',
	});
	return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** Picks an option of a select or relation widget by typing part of its label. */
async function choose(page: Page, label: string, typed: string, option: string | RegExp): Promise<void> {
	await page.getByLabel(label, { exact: true }).fill(typed);
	await page.getByRole('option', { name: option }).first().click();
}

/** Opens a view of the form; the local proxy needs one click on «Войти» (no password) per profile. */
async function open(page: Page, view: string): Promise<void> {
	await page.goto(`${inject('baseUrl')}/admin/#/${view}`);
	const login = page.getByRole('button', { name: 'Войти' });
	const form = page.getByLabel('Название (title)', { exact: true });
	await login.or(form).first().waitFor();
	if (await login.isVisible()) await login.click();
	await form.waitFor();
}

async function publish(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Опубликовать', exact: true }).click();
	await page.getByText('Опубликовать сейчас', { exact: true }).click();
}

const TITLE = 'Единая диспетчерская служба ЖКХ в Бийске';
const SUMMARY = 'Администрация города собрала заявки жителей об авариях в ЖКХ в одну диспетчерскую службу, которая работает круглосуточно.';

// The editors' form, built into dist/admin/, against Decap's local proxy (decap-server), as
// `npm run edit` runs it, over a copy of the real content in a temporary folder.
describe("the editors' form at /admin/ with the local proxy", () => {
	let repo: string;
	let content: string;
	let proxy: DecapServer;
	let browser: BrowserContext;
	let page: Page;

	beforeAll(async () => {
		repo = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-cms-'));
		content = path.join(repo, 'content');
		fs.cpSync(path.join(ROOT, 'content'), content, { recursive: true });
		proxy = await startDecapServer(repo);
		browser = await launchBrowser();
		// The form looks for the proxy at Decap's default address; this test's proxy has its own port.
		await browser.route('http://localhost:8081/**', async (route) => {
			const response = await route.fetch({ url: route.request().url().replace('http://localhost:8081', proxy.url) });
			await route.fulfill({ response });
		});
	});

	// A fresh page per test: the form keeps an unsaved entry in memory across views of one page.
	beforeEach(async () => {
		page = await browser.newPage();
	});
	afterEach(async () => {
		await page.close({ runBeforeUnload: false });
	});

	afterAll(async () => {
		await browser?.close();
		await proxy?.stop();
		fs.rmSync(repo, { recursive: true, force: true });
	});

	/** Fills every field a new practice needs (title, summary, kind, a sphere, a region, a source). */
	async function fillPractice(page: Page, title: string): Promise<void> {
		await page.getByLabel('Название (title)', { exact: true }).fill(title);
		await page.getByLabel('Краткое описание (summary)', { exact: true }).fill(SUMMARY);
		await choose(page, 'Вид (kind)', 'Муниц', 'Муниципальная практика');
		await choose(page, 'Сферы (spheres)', 'ЖКХ', 'ЖКХ');
		await choose(page, 'Регион (region)', 'Алтайский', 'Алтайский край');
		await choose(page, 'Источники (sources)', 'Школы мэров', /Выпускники «Школы мэров»/);
	}

	const practiceFiles = () => fs.readdirSync(path.join(content, 'practices')).sort();

	it("refuses a published practice whose text is still the scaffold's prompts, and writes nothing", async () => {
		const before = practiceFiles();
		await open(page, 'collections/practices/new');
		await fillPractice(page, 'Практика с подсказками заготовки');
		await publish(page);
		await expect
			.poll(() =>
				page
					.getByText('в тексте осталась подсказка заготовки «Опишите, какую задачу решали, — только то, что сказано в источнике.»', {
						exact: false,
					})
					.count(),
			)
			.toBeGreaterThan(0);
		expect(practiceFiles()).toEqual(before);
	});

	it('creates a draft practice from the form, in a file that passes npm run check', async () => {
		const published = runCheck(content).output.match(/Проверка пройдена: (\d+)/)?.[1];
		await open(page, 'collections/practices/new');
		await fillPractice(page, TITLE);
		// The text is still the scaffold's prompts: such an entry may only be saved as a draft.
		// Decap's switch is no labelable element; it carries the id its label points to.
		await page.locator('[id^="draft-field-"]').first().click();
		await publish(page);

		const file = path.join(content, 'practices', `${slugify(TITLE)}.mdx`);
		await expect.poll(() => fs.existsSync(file), { timeout: 15_000 }).toBe(true);
		const text = fs.readFileSync(file, 'utf8');
		// Written as the hand-written entries are: schema order, slugs on one line, folded summary, bare dates.
		expect(text).toMatch(
			new RegExp(
				`^---\\ntitle: ${TITLE}\\nsummary: >-\\n  Администрация [^]*?\\nkind: municipal-practice\\nspheres: \\[housing-utilities\\]\\n` +
					`region: altai-krai\\nsources: \\[mayors-school-first-graduation\\]\\nadded: \\d{4}-\\d{2}-\\d{2}\\ndraft: true\\n---\\n\\n## Проблема\\n`,
			),
		);
		const check = runCheck(content);
		// A draft is checked, not published: the published count stays.
		expect(check.output).toMatch(new RegExp(`Проверка пройдена: ${published} практик[аи]? к публикации; черновиков: 1`));
		expect(check.status).toBe(0);
	});

	it('refuses to save a practice without a title, says why in Russian, and writes nothing', async () => {
		const before = practiceFiles();
		await open(page, 'collections/practices/new');
		await page.getByLabel('Краткое описание (summary)', { exact: true }).fill(SUMMARY);
		await publish(page);
		await expect
			.poll(() => page.getByText('Поле «Название (title)» обязательно: без него проверка не пропустит запись.').count())
			.toBeGreaterThan(0);
		await page.waitForTimeout(1000);
		expect(practiceFiles()).toEqual(before);
	});

	it("refuses what npm run check refuses, with the check's own message", async () => {
		const before = practiceFiles();
		await open(page, 'collections/practices/new');
		await fillPractice(page, 'ЕДДС');
		await publish(page);
		await expect
			.poll(() =>
				page
					.getByText(
						'Не удалось сохранить запись: проверка не пропустит запись: поле «title»: название слишком короткое: нужно не меньше 5 символов',
					)
					.count(),
			)
			.toBeGreaterThan(0);
		expect(practiceFiles()).toEqual(before);
	});

	it('changes only the edited field when an existing entry is saved', async () => {
		const id = 'afanasyevsky-ppmi-village-road';
		const file = path.join(content, 'practices', `${id}.mdx`);
		const before = fs.readFileSync(file, 'utf8');
		await open(page, `collections/practices/entries/${id}`);
		const title = page.getByLabel('Название (title)', { exact: true });
		await expect.poll(() => title.inputValue()).toMatch(/^Ремонт деревенской дороги/);
		await title.fill('Ремонт деревенской дороги в Афанасьевском округе');
		await expect.poll(() => title.inputValue()).toBe('Ремонт деревенской дороги в Афанасьевском округе');
		await publish(page);
		// decap-server writes the file in place, not by a rename: a read can catch it empty or half
		// written, so wait for the whole new text (the new title and as many lines as before).
		const written = () => {
			const text = fs.readFileSync(file, 'utf8');
			return (
				text.includes('title: Ремонт деревенской дороги в Афанасьевском округе') && text.split('\n').length === before.split('\n').length
			);
		};
		await expect.poll(written, { timeout: 15_000 }).toBe(true);
		const after = fs.readFileSync(file, 'utf8');
		const changed = (a: string, b: string) => a.split('\n').filter((line, i) => line !== b.split('\n')[i]);
		expect(changed(after, before)).toEqual(['title: Ремонт деревенской дороги в Афанасьевском округе']);
		expect(after.split('\n')).toHaveLength(before.split('\n').length);
	});
});
