// `npm run new`: scaffolds a practice. Asks for what it needs, or takes it from flags:
//   npm run new -- --title "…" --kind municipal-practice --sphere transport --region altai-krai \
//     --source aif-samara-small-towns            (an existing source)
//     --source-title "…" --source-url https://… [--source-publisher "…" --source-date 2024-04-12]
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { getContentDir } from '../src/lib/content/content-dir.ts';
import { readTaxonomyIds } from '../src/lib/content/read-taxonomies.ts';
import { readNamedItems, resolveTaxonomyValue, type NamedItem } from '../src/lib/content/resolve-taxonomy.ts';
import { scaffoldPractice, type PracticeDraft } from '../src/lib/content/scaffold-practice.ts';
import { PRACTICE_KINDS } from '../src/lib/schemas/practice.ts';
import { suggestClosest } from '../src/lib/schemas/suggest.ts';
import { checkContent } from '../src/lib/validation/check-content.ts';
import { formatIssue } from '../src/lib/validation/content-issue.ts';

const USAGE = `Создаёт заготовку практики в content/practices и, если нужно, запись источника.

Запуск: npm run new                      — спросит всё по очереди
        npm run new -- [параметры]       — без вопросов

Параметры:
  --title "…"              название практики по-русски
  --summary "…"            одно-два предложения для карточки (можно заполнить потом)
  --kind ВИД               ${Object.keys(PRACTICE_KINDS).join(' | ')}
  --sphere СФЕРА           сфера: slug или название («ЖКХ», «Транспорт»); можно несколько раз
  --region РЕГИОН          регион: slug или название («Тюменская область», «tyumen-oblast»)
  --source ID              источник, который уже есть в content/sources.yaml
  --source-title "…"       или новый источник: заголовок публикации
  --source-url https://…   его адрес (обязателен для нового источника)
  --source-publisher "…"   издатель, как он назван на странице
  --source-date ГГГГ-ММ-ДД дата публикации (или ГГГГ-ММ, ГГГГ)
  -h, --help               эта справка

Пример:
  npm run new -- --title "Единая диспетчерская служба ЖКХ" --kind municipal-practice \\
    --sphere ЖКХ --region "Алтайский край" --source-title "Название публикации" \\
    --source-url https://example.org/news`;

let parsed;
try {
	parsed = parseArgs({
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
			help: { type: 'boolean', short: 'h' },
		},
	});
} catch (error) {
	// parseArgs says what is wrong in English and with a stack; an editor needs one Russian line.
	const { code, message } = error as Error & { code?: string };
	const flag = /'(-[^' ]+)/.exec(message)?.[1];
	const problem =
		code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
			? `неизвестный параметр ${flag}`
			: code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
				? `у параметра ${flag} нет значения`
				: 'лишний аргумент без параметра';
	console.error(`Ошибка: ${problem}. Справка: npm run new -- --help`);
	process.exit(1);
}
const { values } = parsed;
if (values.help) {
	console.log(USAGE);
	process.exit(0);
}

const contentDir = getContentDir();
const ids = readTaxonomyIds(contentDir);
const interactive = process.stdin.isTTY === true;
const prompt = interactive ? createInterface({ input: process.stdin, output: process.stderr }) : undefined;

function fail(message: string): never {
	console.error(`Ошибка: ${message}`);
	process.exit(1);
}

/** What a typed value becomes: the value to use, or why it does not fit. */
type Check = (value: string) => { value: string } | { message: string };

/** A value from its flag, else from a prompt, until `check` (if any) accepts it. */
async function ask(flag: string, question: string, given: string | undefined, check?: Check): Promise<string> {
	let value = given?.trim();
	while (true) {
		if (!value) {
			if (!prompt) fail(`не указан --${flag} (${question})`);
			value = (await prompt.question(`${question}: `)).trim();
			continue;
		}
		const checked = check ? check(value) : { value };
		if ('value' in checked) return checked.value;
		if (!prompt) fail(checked.message);
		console.error(checked.message);
		value = undefined;
	}
}

/** Accepts one of `allowed` as typed. */
const oneOf =
	(flag: string, allowed: readonly string[]): Check =>
	(value) => {
		if (allowed.includes(value)) return { value };
		const hint = suggestClosest(value, allowed);
		return { message: `«${value}» не подходит для --${flag}${hint ? `; возможно, «${hint}»` : ''}. Допустимо: ${allowed.join(', ')}` };
	};

/** Accepts a taxonomy slug or its Russian name, and gives the slug. */
const namedIn =
	(flag: string, items: readonly NamedItem[]): Check =>
	(value) => {
		const resolved = resolveTaxonomyValue(value, items);
		if ('id' in resolved) return { value: resolved.id };
		const hint = resolved.nearest ? `; возможно, «${resolved.nearest.id}» (${resolved.nearest.name})` : '';
		return { message: `«${value}» не подходит для --${flag}${hint}` };
	};

const kinds = Object.keys(PRACTICE_KINDS);
const title = await ask('title', 'Название практики по-русски', values.title);
const kind = await ask('kind', `Вид (${kinds.join(' | ')})`, values.kind, oneOf('kind', kinds));
const sphereInput = values.sphere?.length
	? values.sphere
	: [await ask('sphere', 'Сферы через запятую (например, ЖКХ, transport)', undefined)];
const sphereItems = readNamedItems(contentDir, 'spheres');
const spheres: string[] = [];
for (const sphere of sphereInput
	.flatMap((s) => s.split(','))
	.map((s) => s.trim())
	.filter(Boolean)) {
	spheres.push(await ask('sphere', 'Сфера', sphere, namedIn('sphere', sphereItems)));
}
const region = await ask(
	'region',
	'Регион (название или slug, например «Алтайский край» или altai-krai)',
	values.region,
	namedIn('region', readNamedItems(contentDir, 'regions')),
);

let source: PracticeDraft['source'];
if (values.source) source = { id: await ask('source', 'Источник', values.source, oneOf('source', ids.sources)) };
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
