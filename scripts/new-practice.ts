// `npm run new`: scaffolds a practice. Asks for what it needs, or takes it from flags:
//   npm run new -- --title "…" --kind municipal-practice --sphere transport --region altai-krai \
//     --source aif-samara-small-towns            (an existing source)
//     --source-title "…" --source-url https://… [--source-publisher "…" --source-date 2024-04-12]
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { getContentDir } from '../src/lib/content/content-dir.ts';
import { readTaxonomyIds } from '../src/lib/content/read-taxonomies.ts';
import { scaffoldPractice, type PracticeDraft } from '../src/lib/content/scaffold-practice.ts';
import { PRACTICE_KINDS } from '../src/lib/schemas/practice.ts';
import { suggestClosest } from '../src/lib/schemas/suggest.ts';
import { checkContent } from '../src/lib/validation/check-content.ts';
import { formatIssue } from '../src/lib/validation/content-issue.ts';

const { values } = parseArgs({
	options: {
		title: { type: 'string' },
		summary: { type: 'string' },
		kind: { type: 'string' },
		sphere: { type: 'string', multiple: true },
		region: { type: 'string' },
		source: { type: 'string' },
		'source-title': { type: 'string' },
		'source-publisher': { type: 'string' },
		'source-date': { type: 'string' },
		'source-url': { type: 'string' },
	},
});

const contentDir = getContentDir();
const ids = readTaxonomyIds(contentDir);
const interactive = process.stdin.isTTY === true;
const prompt = interactive ? createInterface({ input: process.stdin, output: process.stderr }) : undefined;

function fail(message: string): never {
	console.error(`Ошибка: ${message}`);
	process.exit(1);
}

/** A value from its flag, else from a prompt; validated against `allowed` when given. */
async function ask(flag: string, question: string, given: string | undefined, allowed?: readonly string[]): Promise<string> {
	let value = given?.trim();
	while (true) {
		if (!value) {
			if (!prompt) fail(`не указан --${flag} (${question})`);
			value = (await prompt.question(`${question}: `)).trim();
			continue;
		}
		if (!allowed || allowed.includes(value)) return value;
		const hint = suggestClosest(value, allowed);
		const message = `«${value}» не подходит для --${flag}${hint ? `; возможно, «${hint}»` : ''}. Допустимо: ${allowed.join(', ')}`;
		if (!prompt) fail(message);
		console.error(message);
		value = undefined;
	}
}

const kinds = Object.keys(PRACTICE_KINDS);
const title = await ask('title', 'Название практики по-русски', values.title);
const kind = await ask('kind', `Вид (${kinds.join(' | ')})`, values.kind, kinds);
const sphereInput = values.sphere?.length ? values.sphere : [await ask('sphere', 'Сферы через запятую (например, housing-utilities, transport)', undefined)];
const spheres: string[] = [];
for (const sphere of sphereInput.flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean)) {
	spheres.push(await ask('sphere', 'Сфера', sphere, ids.spheres));
}
const region = await ask('region', 'Регион (slug из content/regions.yaml, например altai-krai)', values.region, ids.regions);

let source: PracticeDraft['source'];
if (values.source) source = { id: await ask('source', 'Источник', values.source, ids.sources) };
else if (values['source-title']) {
	source = {
		title: values['source-title'],
		publisher: values['source-publisher'],
		date: values['source-date'],
		url: values['source-url'] || fail('у новой публикации нужен адрес: --source-url https://…'),
	};
} else if (prompt) {
	const answer = (await prompt.question('Источник: id из content/sources.yaml или название новой публикации: ')).trim();
	if (ids.sources.includes(answer)) source = { id: answer };
	else {
		source = {
			title: answer || fail('у практики должен быть источник'),
			publisher: (await prompt.question('Издатель (Enter — пропустить): ')).trim() || undefined,
			date: (await prompt.question('Дата публикации ГГГГ-ММ-ДД (Enter — пропустить): ')).trim() || undefined,
			url: (await prompt.question('Адрес публикации (https://…): ')).trim() || fail('у новой публикации нужен адрес (url)'),
		};
	}
} else fail('не указан источник: --source <id> или --source-title "…"');
prompt?.close();

const result = scaffoldPractice(contentDir, {
	title,
	kind,
	spheres,
	region,
	summary: values.summary,
	source,
	today: new Date().toISOString().slice(0, 10),
});
if ('error' in result) fail(result.error);

const relative = path.relative(process.cwd(), result.file);
const check = checkContent(contentDir);
const own = check.errors.filter((issue) => path.resolve(issue.file) === path.resolve(result.file) || issue.file.endsWith('sources.yaml'));
for (const issue of own) console.error(`ошибка: ${formatIssue(issue)}`);
if (own.length) process.exit(1);
console.error(`Создан ${relative}. Заполните отмеченные поля и текст, затем запустите «npm run check».`);
