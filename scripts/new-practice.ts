// `npm run new`: scaffolds a practice. Asks for what it needs, or takes it from flags:
//   npm run new -- --title "…" --kind municipal-practice --sphere transport --region altai-krai \
//     --source aif-samara-small-towns            (an existing source)
//     --source-title "…" --source-url https://… [--source-publisher "…" --source-date 2024-04-12]
import fs from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { getContentDir } from '../src/lib/content/content-dir.ts';
import { readTaxonomyIds } from '../src/lib/content/read-taxonomies.ts';
import { readNamedItems, resolveTaxonomyValue, type NamedItem } from '../src/lib/content/resolve-taxonomy.ts';
import { scaffoldPractice, type PracticeDraft } from '../src/lib/content/scaffold-practice.ts';
import { PartialDateSchema } from '../src/lib/schemas/partial-date.ts';
import { PRACTICE_KINDS } from '../src/lib/schemas/practice.ts';
import { SourceSchema } from '../src/lib/schemas/source.ts';
import { suggestClosest } from '../src/lib/schemas/suggest.ts';
import { CONTENT_FILES } from '../src/lib/content/content-dir.ts';
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

/** The few ids nearest to what was typed: a list of all 300 sources helps nobody. */
function nearestIds(value: string, ids: readonly string[], count = 5): string[] {
	const words = value
		.toLowerCase()
		.split(/[^a-z0-9а-яё]+/)
		.filter((word) => word.length > 2);
	const score = (id: string) => words.filter((word) => id.includes(word)).length;
	const closest = suggestClosest(value, ids);
	return [...new Set([...(closest ? [closest] : []), ...ids.filter((id) => score(id) > 0).sort((a, b) => score(b) - score(a))])].slice(
		0,
		count,
	);
}

/** Accepts an existing source id, or names the nearest few. */
const knownSource: Check = (value) => {
	if (ids.sources.includes(value)) return { value };
	const near = nearestIds(value, ids.sources);
	return {
		message: `источника «${value}» нет в content/sources.yaml${near.length ? `; похожие: ${near.join(', ')}` : ''}. Новую публикацию задайте через --source-title и --source-url`,
	};
};

/** Accepts a kind by its slug or its Russian name («Муниципальная практика», «муниципальная», «выпускной проект»). */
const kindCheck: Check = (value) => {
	const wanted = value.trim().toLocaleLowerCase('ru-RU').replace(/ё/g, 'е');
	const found = Object.entries(PRACTICE_KINDS).find(
		([id, label]) => id === value.trim() || label.toLocaleLowerCase('ru-RU').replace(/[«»]/g, '').startsWith(wanted.replace(/[«»]/g, '')),
	);
	if (found && wanted.length >= 4) return { value: found[0] };
	const list = Object.entries(PRACTICE_KINDS).map(([id, label]) => `${id} (${label})`);
	const hint = suggestClosest(value.trim(), Object.keys(PRACTICE_KINDS));
	return { message: `«${value}» не подходит для --kind${hint ? `; возможно, «${hint}»` : ''}. Допустимо: ${list.join(', ')}` };
};

/** A publication date as the sources write it: ГГГГ, ГГГГ-ММ or ГГГГ-ММ-ДД, not in the future. */
const dateCheck: Check = (value) => {
	const parsed = PartialDateSchema.safeParse(value);
	if (!parsed.success)
		return { message: `дата «${value}»: ${parsed.error.issues[0]?.message ?? 'ожидается ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД'}` };
	if (parsed.data.iso > new Date().toISOString().slice(0, 10)) return { message: `дата «${value}» в будущем` };
	return { value: parsed.data.iso };
};

/** A new source's address: https://…, and not one that a source already has (then cite that one). */
const urlCheck: Check = (value) => {
	const parsed = SourceSchema.shape.url.safeParse(value);
	if (!parsed.success) return { message: `адрес «${value}»: ожидается адрес страницы вида https://…` };
	const sources = fs.readFileSync(path.join(contentDir, CONTENT_FILES.sources), 'utf8');
	const owner = new RegExp(`^- id: (\\S+)\\n(?:  .*\\n)*?  url: ${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'm').exec(sources);
	if (owner) return { message: `адрес ${value} уже у источника «${owner[1]}»: укажите --source ${owner[1]}` };
	return { value };
};

/** An optional answer: empty is fine, anything else must pass `check`. */
async function askOptional(flag: string, question: string, given: string | undefined, check: Check): Promise<string | undefined> {
	if (given !== undefined) return ask(flag, question, given, check);
	if (!prompt) return undefined;
	while (true) {
		const value = (await prompt.question(`${question} (Enter — пропустить): `)).trim();
		if (!value) return undefined;
		const checked = check(value);
		if ('value' in checked) return checked.value;
		console.error(checked.message);
	}
}

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
const kind = await ask('kind', `Вид (${kinds.join(' | ')} или по-русски)`, values.kind, kindCheck);
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
if (values.source) source = { id: await ask('source', 'Источник', values.source, knownSource) };
else if (values['source-title'] || prompt) {
	const answer =
		values['source-title'] ?? (await prompt!.question('Источник: id из content/sources.yaml или название новой публикации: ')).trim();
	if (!values['source-title'] && ids.sources.includes(answer)) source = { id: answer };
	else {
		if (!answer) fail('у практики должен быть источник');
		const publisher =
			values['source-publisher'] ?? (prompt ? (await prompt.question('Издатель (Enter — пропустить): ')).trim() || undefined : undefined);
		const date = await askOptional('source-date', 'Дата публикации ГГГГ-ММ-ДД, ГГГГ-ММ или ГГГГ', values['source-date'], dateCheck);
		const url = await ask('source-url', 'Адрес публикации (https://…)', values['source-url'], urlCheck);
		source = { title: answer, publisher, date, url };
	}
} else fail('не указан источник: --source <id> или --source-title "…"');
prompt?.close();

// Nothing half-made: the tree is put back as it was if the new entry or its source fails the check.
const sourcesFile = path.join(contentDir, CONTENT_FILES.sources);
const sourcesBefore = fs.readFileSync(sourcesFile, 'utf8');

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
const newSource = 'id' in source ? undefined : /^- id: (\S+)\n(?![\s\S]*^- id: )/m.exec(fs.readFileSync(sourcesFile, 'utf8'))?.[1];
const check = checkContent(contentDir);
// Only what this run wrote: errors that were in the tree before are not its to report.
const own = check.errors.filter(
	(issue) =>
		path.resolve(issue.file) === path.resolve(result.file) ||
		(newSource !== undefined && issue.file.endsWith(CONTENT_FILES.sources) && issue.field?.startsWith(`${newSource}.`)),
);
if (own.length) {
	for (const issue of own) console.error(`ошибка: ${formatIssue(issue)}`);
	fs.rmSync(result.file);
	fs.writeFileSync(sourcesFile, sourcesBefore);
	console.error('Ничего не записано: исправьте ошибки выше и запустите команду снова.');
	process.exit(1);
}
console.error(
	`Создан черновик ${relative}${newSource ? ` и источник «${newSource}»` : ''}. Заполните отмеченные поля и текст по источнику, удалите строку draft: true и запустите «npm run check».`,
);
