import { PRACTICE_BODY_TEMPLATE } from '../content/practice-file.ts';
import { PARTIAL_DATE_HINT, PARTIAL_DATE_PATTERN } from '../schemas/partial-date.ts';
import { AMOUNT_QUALIFIERS, PAYERS } from '../schemas/cost.ts';
import { MUNICIPALITY_TYPES, PRACTICE_KINDS, PRACTICE_STATUSES } from '../schemas/practice.ts';
import { SLUG_HINT, SLUG_PATTERN } from '../schemas/taxonomy.ts';

// The configuration of the editors' form at /admin/ (Decap CMS), generated at build time from the
// content model, so the form cannot drift from the schema (tests/unit/cms/cms-config.test.ts
// fails when a schema field has no widget). Hints repeat what `npm run check` asks for.

/** Where the form saves. */
export interface CmsSettings {
	/** Repository address, as REPO_URL / src/site.config.ts give it: `https://github.com/owner/name`. */
	repo: string;
	/** Branch that pull requests target. */
	branch: string;
	/** Content folder relative to the repository root, with `/`: `content`. */
	contentPath: string;
	/** Address of the OAuth service that signs editors in to GitHub (CMS_AUTH_URL); Decap's default when absent. */
	authUrl?: string;
}

/** `owner/name` of a GitHub repository address. */
export function githubRepoOf(url: string): string {
	const match = /github\.com[/:]([^/]+)\/([^/#?]+?)(?:\.git)?\/?$/.exec(url);
	if (!match) throw new Error(`REPO_URL=${url}: форма редактора работает с репозиторием GitHub (https://github.com/владелец/имя)`);
	return `${match[1]}/${match[2]}`;
}

type Field = Record<string, unknown>;

// Decap takes a pattern as text and a message: the schema's own, so the form and the check agree.
const SLUG_RULE = [SLUG_PATTERN.source, SLUG_HINT];
const DATE_RULE = [PARTIAL_DATE_PATTERN.source, `ожидается ${PARTIAL_DATE_HINT}`];

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ label, value }));

/** A day picked in a calendar and stored as `YYYY-MM-DD`, as the entries write `added` and `updated`. */
const day = (field: Field): Field => ({
	widget: 'datetime',
	format: 'YYYY-MM-DD',
	date_format: 'YYYY-MM-DD',
	time_format: false,
	picker_utc: true,
	...field,
});

/** A picker over the items of a taxonomy file (content/*.yaml), shown by name, stored as the slug. */
const pick = (collection: string, display: string, field: Field): Field => ({
	widget: 'relation',
	collection,
	file: collection,
	value_field: 'items.*.id',
	search_fields: [`items.*.${display}`, 'items.*.id'],
	display_fields: [`items.*.${display}`],
	options_length: 100,
	...field,
});

/** «Около», «более»… as the source puts it before a sum. */
const qualifier = (label: string): Field => ({
	name: 'qualifier',
	label,
	widget: 'select',
	required: false,
	options: [...AMOUNT_QUALIFIERS],
	hint: 'Если источник пишет «около», «более», «до»… — выберите то же слово.',
});

const metric = (name: string, label: string, hint: string): Field => ({
	name,
	label,
	widget: 'list',
	required: false,
	hint,
	summary: '{{fields.value}} {{fields.unit}} — {{fields.label}}',
	fields: [
		{
			name: 'value',
			label: 'Число (value)',
			widget: 'number',
			value_type: 'float',
			hint: 'Только число, без пробелов и единиц: 8000, 2.5.',
		},
		{ name: 'unit', label: 'Единица (unit)', widget: 'string', required: false, hint: 'Как читается после числа: обращений, %, раза.' },
		{
			name: 'label',
			label: 'Что измеряет (label)',
			widget: 'string',
			hint: 'Например: обращений жителей в год. Обязательно: укажите, что измеряет число.',
		},
	],
});

/** The practice form: one widget per field of createPracticeSchema, in the entries' order, then the body. */
function practiceFields(): Field[] {
	return [
		{ name: 'title', label: 'Название (title)', widget: 'string', hint: 'По-русски, от 5 до 160 символов.' },
		{
			name: 'summary',
			label: 'Краткое описание (summary)',
			widget: 'text',
			hint: 'Одно-два предложения для карточки и поисковиков, от 50 до 300 символов, только по источнику.',
		},
		{
			name: 'kind',
			label: 'Вид (kind)',
			widget: 'select',
			options: options(PRACTICE_KINDS),
			hint: 'У выпускного проекта программа — «Школа мэров» (mayors-school).',
		},
		pick('spheres', 'name', {
			name: 'spheres',
			label: 'Сферы (spheres)',
			multiple: true,
			min: 1,
			hint: 'Одна или несколько, главная — первой.',
		}),
		pick('regions', 'name', { name: 'region', label: 'Регион (region)', hint: 'Субъект из content/regions.yaml.' }),
		{
			name: 'municipality',
			label: 'Муниципалитет (municipality)',
			widget: 'object',
			required: false,
			collapsed: true,
			hint: 'Не заполняйте для практики всего региона.',
			fields: [
				// Decap would demand it even with no municipality at all; the check on save asks for it when one is given.
				{
					name: 'name',
					label: 'Название (name)',
					widget: 'string',
					required: false,
					hint: 'Обязательно, если указан муниципалитет: как в источнике, например Бийск.',
				},
				{
					name: 'type',
					label: 'Тип (type)',
					widget: 'select',
					required: false,
					options: [...MUNICIPALITY_TYPES],
					hint: 'Только если источник его называет.',
				},
			],
		},
		pick('programmes', 'name', {
			name: 'programme',
			label: 'Программа (programme)',
			required: false,
			hint: 'У выпускного проекта — «Школа мэров».',
		}),
		{
			name: 'cohort',
			label: 'Поток (cohort)',
			widget: 'number',
			value_type: 'int',
			min: 1,
			required: false,
			hint: 'Номер потока программы, 1 для первого; без программы не указывается.',
		},
		pick('mechanisms', 'name', {
			name: 'mechanisms',
			label: 'Механизмы (mechanisms)',
			multiple: true,
			required: false,
			hint: 'Как практика организована и на какие деньги: инициативное бюджетирование, самообложение, ТОС, концессия…',
		}),
		{
			name: 'authors',
			label: 'Авторы (authors)',
			widget: 'list',
			required: false,
			summary: '{{fields.name}}',
			hint: 'Люди, как их называет источник.',
			fields: [
				{ name: 'name', label: 'Имя (name)', widget: 'string', hint: 'Полностью, как в источнике.' },
				{ name: 'position', label: 'Должность (position)', widget: 'string', required: false, hint: 'Как в источнике.' },
			],
		},
		{
			name: 'status',
			label: 'Стадия (status)',
			widget: 'select',
			required: false,
			options: options(PRACTICE_STATUSES),
			hint: 'Только если источник её называет.',
		},
		{
			name: 'date',
			label: 'Дата (date)',
			widget: 'string',
			required: false,
			pattern: DATE_RULE,
			hint: `Когда практику представили или запустили, с той точностью, что в источнике: ${PARTIAL_DATE_HINT}.`,
		},
		{
			name: 'cost',
			label: 'Сколько стоило и кто платил (cost)',
			widget: 'object',
			required: false,
			collapsed: true,
			hint: 'Только суммы, которые называет источник, в рублях числом (350,1 тыс. рублей → 350100). Ничего не складывайте сами.',
			fields: [
				{
					name: 'total',
					label: 'Всего, ₽ (total)',
					widget: 'number',
					value_type: 'float',
					min: 0,
					required: false,
					hint: 'Общая сумма, если источник её называет.',
				},
				qualifier('Слово перед общей суммой (qualifier)'),
				{
					name: 'year',
					label: 'Год (year)',
					widget: 'number',
					value_type: 'int',
					required: false,
					hint: 'Год, к которому относятся деньги.',
				},
				{
					name: 'planned',
					label: 'Это план (planned)',
					widget: 'boolean',
					required: false,
					hint: 'Отметьте, если источник называет запланированные или заложенные в бюджет деньги, а не потраченные.',
				},
				{
					name: 'parts',
					label: 'Кто сколько заплатил (parts)',
					widget: 'list',
					required: false,
					summary: '{{fields.payer}}: {{fields.amount}}',
					fields: [
						{ name: 'payer', label: 'Кто платил (payer)', widget: 'select', options: options(PAYERS) },
						{ name: 'amount', label: 'Сумма, ₽ (amount)', widget: 'number', value_type: 'float', min: 0, required: false },
						qualifier('Слово перед суммой (qualifier)'),
						{ name: 'note', label: 'Как назвал источник (note)', widget: 'string', required: false, hint: 'Например: областная субсидия.' },
					],
				},
			],
		},
		metric('results', 'Результаты (results)', 'Результаты в цифрах из источника.'),
		metric('baseline', 'Исходные цифры (baseline)', 'Цифры, которые описывают проблему до практики, из источника.'),
		pick('sources', 'title', {
			name: 'sources',
			label: 'Источники (sources)',
			multiple: true,
			min: 1,
			hint: 'Хотя бы один. Новой публикации нет в списке? Сначала добавьте её в «Источники».',
		}),
		day({ name: 'added', label: 'Добавлена (added)', default: '{{now}}', hint: 'День добавления записи: ГГГГ-ММ-ДД.' }),
		day({
			name: 'updated',
			label: 'Исправлена (updated)',
			required: false,
			hint: 'День последней существенной правки: не раньше даты добавления.',
		}),
		{
			name: 'draft',
			label: 'Черновик (draft)',
			widget: 'boolean',
			required: false,
			default: false,
			hint: 'Черновик проверяется, но не публикуется.',
		},
		{
			name: 'body',
			label: 'Текст',
			widget: 'markdown',
			// The check refuses an empty text; a new entry starts from the parts `npm run new` lays out.
			default: PRACTICE_BODY_TEMPLATE,
			// Markdown only: the visual mode rewrote untouched lines (list markers `- ` to `* `), so a
			// one-word edit became a diff of the whole text. Components are typed as in CONTRIBUTING.md.
			modes: ['raw'],
			editor_components: ['callout', 'metric', 'quote'],
			sanitize_preview: true,
			hint: 'Проблема — Решение — Результаты — Как повторить. Только Markdown и компоненты Callout, Metric, Quote.',
		},
	];
}

/** A taxonomy file (a YAML list) as one entry whose `items` list the editor edits. */
function listFile(name: string, label: string, file: string, item: Field[], extra: Field = {}): Field {
	return {
		name,
		label,
		format: 'yaml-list',
		extension: 'yaml',
		files: [{ name, label, file, fields: [{ name: 'items', label, widget: 'list', fields: item, ...extra }] }],
	};
}

/** The whole Decap CMS configuration (what /admin/config.yml holds). */
export function createCmsConfig(settings: CmsSettings): Record<string, unknown> {
	const at = (name: string) => (settings.contentPath ? `${settings.contentPath}/${name}` : name);
	const idField = { name: 'id', label: 'Slug (id)', widget: 'string', pattern: SLUG_RULE };
	const nameField = { name: 'name', label: 'Название (name)', widget: 'string' };
	return {
		locale: 'ru',
		backend: {
			name: 'github',
			repo: githubRepoOf(settings.repo),
			branch: settings.branch,
			...(settings.authUrl ? { base_url: settings.authUrl } : {}),
			commit_messages: {
				create: 'Новая запись в «{{collection}}»: {{slug}}',
				update: 'Правка в «{{collection}}»: {{slug}}',
				delete: 'Удалена запись из «{{collection}}»: {{slug}}',
				uploadMedia: 'Файл {{path}}',
				deleteMedia: 'Удалён файл {{path}}',
			},
		},
		// Every save is a branch and a pull request: draft → on review → ready; CI checks it there.
		publish_mode: 'editorial_workflow',
		// On the editor's own machine (localhost), `npm run edit` serves the repository through decap-server.
		local_backend: true,
		// Decap requires a media folder; the content model has no images, and no widget offers an upload.
		media_folder: at('media'),
		public_folder: '/media',
		collections: [
			{
				name: 'practices',
				label: 'Практики',
				label_singular: 'Практика',
				description: 'Каждый факт — из источника. Где источник молчит, поле не заполняется.',
				folder: at('practices'),
				extension: 'mdx',
				format: 'practice-mdx',
				create: true,
				// mp_slug is the title transliterated as `npm run new` does (set on save, never written to the file).
				slug: '{{mp_slug}}',
				identifier_field: 'title',
				summary: '{{title}}',
				sortable_fields: ['title', 'added'],
				fields: practiceFields(),
			},
			listFile(
				'sources',
				'Источники',
				at('sources.yaml'),
				[
					idField,
					{ name: 'title', label: 'Заголовок (title)', widget: 'string', hint: 'Как в публикации.' },
					{
						name: 'publisher',
						label: 'Издатель (publisher)',
						widget: 'string',
						required: false,
						hint: 'Как назван в тексте; не знаете — не пишите.',
					},
					{ name: 'origin', label: 'Откуда взят текст (origin)', widget: 'string', required: false },
					{
						name: 'date',
						label: 'Дата (date)',
						widget: 'string',
						required: false,
						pattern: DATE_RULE,
						hint: `${PARTIAL_DATE_HINT}; неизвестна — не пишите.`,
					},
					{
						name: 'url',
						label: 'Адрес (url)',
						widget: 'string',
						required: false,
						pattern: ['^https?://', 'ожидается адрес вида https://…'],
						hint: 'Обязательно: публичный адрес страницы. Одна страница — одна запись.',
					},
					{ name: 'note', label: 'Примечание (note)', widget: 'text', required: false },
				],
				{ summary: '{{fields.title}}', collapsed: true },
			),
			listFile(
				'glossary',
				'Словарь сокращений',
				at('glossary.yaml'),
				[
					{
						name: 'term',
						label: 'Сокращение (term)',
						widget: 'string',
						pattern: ['^[А-ЯЁA-Z]{2,8}$', 'ожидается аббревиатура заглавными буквами, например ЖКХ'],
					},
					{ name: 'full', label: 'Полная форма (full)', widget: 'string', hint: 'В именительном падеже: жилищно-коммунальное хозяйство.' },
				],
				{ summary: '{{fields.term}} — {{fields.full}}', collapsed: true },
			),
			listFile(
				'thesaurus',
				'Словарь поиска',
				at('thesaurus.yaml'),
				[
					{
						name: 'words',
						label: 'Слова одного понятия (words)',
						widget: 'list',
						min: 2,
						field: { name: 'word', label: 'Слово или выражение', widget: 'string' },
						hint: 'Как пишут в записях и как набирают читатели: водопровод, водоснабжение. Поиск находит каждое в любой форме.',
					},
				],
				{ summary: '{{fields.words}}', collapsed: true },
			),
			listFile(
				'mechanisms',
				'Механизмы',
				at('mechanisms.yaml'),
				[
					idField,
					nameField,
					{
						name: 'aliases',
						label: 'Другие названия (aliases)',
						widget: 'list',
						required: false,
						field: { name: 'alias', label: 'Название', widget: 'string' },
						hint: 'Как ещё называют: ППМИ, народный бюджет. Поиск находит по каждому.',
					},
					{
						name: 'description',
						label: 'Что это (description)',
						widget: 'text',
						hint: 'Одно-два предложения — не больше, чем говорит источник.',
					},
					{
						name: 'basis',
						label: 'Основание (basis)',
						widget: 'string',
						required: false,
						hint: 'Закон или программа, например: статья 56 Федерального закона № 131-ФЗ.',
					},
					pick('sources', 'title', {
						name: 'sources',
						label: 'Источники (sources)',
						multiple: true,
						required: false,
						hint: 'Где сказано то, что в описании и основании.',
					}),
				],
				{ summary: '{{fields.name}}', collapsed: true },
			),
			// The pickers read these; they are edited in the repository, not in the form.
			...[
				['regions', 'Регионы', 'regions.yaml'],
				['spheres', 'Сферы', 'spheres.yaml'],
				['programmes', 'Программы', 'programmes.yaml'],
			].map(([name, label, file]) => ({ ...listFile(name!, label!, at(file!), [idField, nameField]), hide: true })),
		],
	};
}
