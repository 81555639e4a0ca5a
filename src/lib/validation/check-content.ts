import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import type { Root } from 'mdast';
import {
	createPracticeSchema,
	createProgrammeSchema,
	RegionSchema,
	SourceSchema,
	SphereSchema,
	GlossaryTermSchema,
	SOURCES_KNOWN_WITHOUT_ADDRESS,
	type PartialDate,
	type PracticeKind,
} from '../schemas/index.ts';
import { suggestClosest } from '../schemas/suggest.ts';
import { CONTENT_FILES, listPracticeFiles, practiceId } from '../content/content-dir.ts';
import { readTaxonomyIds } from '../content/read-taxonomies.ts';
import { formatFieldPath, type ContentIssue } from './content-issue.ts';
import { splitMdx } from './frontmatter.ts';
import { parseLocatedYaml, type LocatedYaml } from './yaml-document.ts';
import { checkMdxBody } from './check-mdx-body.ts';
import { checkAbbreviations } from './check-abbreviations.ts';
import { SUMMARY_PLACEHOLDER } from '../content/scaffold-practice.ts';
import { summarizeCoverage, type Coverage } from './coverage.ts';

export interface CheckResult {
	errors: ContentIssue[];
	warnings: ContentIssue[];
	/** Entries that passed, drafts included: `id` is the file name without `.mdx`. */
	practices: CheckedPractice[];
	/** What the published entries cover: kinds, spheres, regions. */
	coverage: Coverage;
}

/** What the check keeps of an entry that passed: enough to name it and to count coverage. */
export interface CheckedPractice {
	id: string;
	title: string;
	draft: boolean;
	kind: PracticeKind;
	spheres: string[];
	region: string;
	municipality?: string;
}

export interface CheckOptions {
	/** Project root that file names in messages are relative to. Default: the working directory. */
	root?: string;
	/** "Today" for the no-future-dates rule, `YYYY-MM-DD`. Default: the current UTC day. */
	today?: string;
	/** Gets every body that parsed, with its file's absolute path and text: the build renders it from this parse. */
	onBody?: (filePath: string, contents: string, tree: Root) => void;
}

const FILE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*\.mdx$/;

function valueAt(data: unknown, segments: readonly PropertyKey[]): unknown {
	let current: unknown = data;
	for (const segment of segments) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<PropertyKey, unknown>)[segment];
	}
	return current;
}

/** Turns zod's issues into editor-facing ones: one per field, with line and offending value. */
function zodIssues(error: z.ZodError, file: string, yaml: LocatedYaml, knownFields: readonly string[]): ContentIssue[] {
	return error.issues.flatMap((issue): ContentIssue[] => {
		if (issue.code === 'unrecognized_keys') {
			return issue.keys.map((key) => {
				const segments = [...issue.path, key];
				const closest = issue.path.length === 0 ? suggestClosest(key, knownFields) : undefined;
				return {
					file,
					line: yaml.lineOf(segments),
					field: formatFieldPath(segments),
					message: `неизвестное поле${closest ? `; возможно, имелось в виду «${closest}»` : ''}`,
				};
			});
		}
		const value = valueAt(yaml.data, issue.path);
		return [
			{
				file,
				line: yaml.lineOf(issue.path),
				field: formatFieldPath(issue.path) || undefined,
				message: issue.message,
				value,
			},
		];
	});
}

function isFuture(date: PartialDate | undefined, today: string): boolean {
	return date !== undefined && date.iso > today.slice(0, date.iso.length);
}

/** Validates one YAML taxonomy file; returns the items that passed. */
interface CheckedTaxonomy<T> {
	items: T[];
	/** Line of an item (or of one of its fields) in the file, by the item's key. */
	lineOf(key: string, field?: string): number | undefined;
}

function checkTaxonomyFile<T>(
	contentDir: string,
	name: string,
	schema: z.ZodType<T>,
	keyOf: (item: T) => string,
	root: string,
	errors: ContentIssue[],
): CheckedTaxonomy<T> {
	const absolute = path.join(contentDir, name);
	const file = path.relative(root, absolute);
	const none: CheckedTaxonomy<T> = { items: [], lineOf: () => undefined };
	if (!fs.existsSync(absolute)) {
		errors.push({ file, message: 'файл не найден' });
		return none;
	}
	const yaml = parseLocatedYaml(fs.readFileSync(absolute, 'utf8'));
	if (yaml.syntaxErrors.length) {
		errors.push(...yaml.syntaxErrors.map(({ line, message }) => ({ file, line, message: `ошибка YAML: ${message}` })));
		return none;
	}
	if (!Array.isArray(yaml.data)) {
		errors.push({ file, message: 'ожидается список элементов (каждый начинается с «- id: …»)' });
		return none;
	}
	const indexByKey = new Map<string, number>();
	const items = yaml.data.flatMap((item, index) => {
		const result = schema.safeParse(item);
		if (!result.success) {
			const scoped: LocatedYaml = { ...yaml, data: item, lineOf: (segments) => yaml.lineOf([index, ...segments]) };
			errors.push(
				...zodIssues(result.error, file, scoped, []).map((issue) => ({
					...issue,
					field: `[${index}]${issue.field ? `.${issue.field}` : ''}`,
				})),
			);
			return [];
		}
		const key = keyOf(result.data);
		if (indexByKey.has(key)) {
			errors.push({ file, line: yaml.lineOf([index]), field: `[${index}]`, message: 'повторяющийся идентификатор', value: key });
			return [];
		}
		indexByKey.set(key, index);
		return [result.data];
	});
	return {
		items,
		lineOf: (key, field) => {
			const index = indexByKey.get(key);
			return index === undefined ? undefined : yaml.lineOf(field ? [index, field] : [index]);
		},
	};
}

/**
 * Checks the whole content tree without building the site: every taxonomy file, every
 * practice's frontmatter and body, and what a schema alone cannot see (unique slugs and
 * titles, no future dates). Collects every problem instead of stopping at the first.
 */
export function checkContent(contentDir: string, options: CheckOptions = {}): CheckResult {
	const root = options.root ?? process.cwd();
	const today = options.today ?? new Date().toISOString().slice(0, 10);
	const errors: ContentIssue[] = [];
	const warnings: ContentIssue[] = [];
	const ids = readTaxonomyIds(contentDir);

	const byId = (item: { id: string }) => item.id;
	checkTaxonomyFile(contentDir, CONTENT_FILES.regions, RegionSchema, byId, root, errors);
	const spheres = checkTaxonomyFile(contentDir, CONTENT_FILES.spheres, SphereSchema, byId, root, errors).items;
	checkTaxonomyFile(contentDir, CONTENT_FILES.programmes, createProgrammeSchema(ids), byId, root, errors);
	const sources = checkTaxonomyFile(contentDir, CONTENT_FILES.sources, SourceSchema, byId, root, errors);
	const glossary = checkTaxonomyFile(contentDir, CONTENT_FILES.glossary, GlossaryTermSchema, (item) => item.term, root, errors).items;
	const sourcesFile = path.relative(root, path.join(contentDir, CONTENT_FILES.sources));
	// One page, one record: every entry that uses a page cites the same id.
	const sourceByUrl = new Map<string, string>();
	for (const source of sources.items) {
		if (isFuture(source.date, today)) {
			errors.push({ file: sourcesFile, field: `${source.id}.date`, message: 'дата публикации в будущем', value: source.date?.iso });
		}
		if (!source.url) {
			if (SOURCES_KNOWN_WITHOUT_ADDRESS.has(source.id)) continue;
			errors.push({
				file: sourcesFile,
				line: sources.lineOf(source.id, 'id'),
				field: `${source.id}.url`,
				message: 'у источника нет адреса (url): укажите публичный адрес страницы, чтобы читатель мог проверить каждый факт',
			});
			continue;
		}
		const other = sourceByUrl.get(source.url);
		if (other) {
			errors.push({
				file: sourcesFile,
				line: sources.lineOf(source.id, 'url'),
				field: `${source.id}.url`,
				message: `этот адрес уже у источника «${other}»; ссылайтесь на него, а эту запись удалите`,
				value: source.url,
			});
		} else sourceByUrl.set(source.url, source.id);
	}

	const practiceSchema = createPracticeSchema(ids);
	const knownFields = Object.keys(practiceSchema.shape);
	const practicesDir = path.join(contentDir, CONTENT_FILES.practices);
	// The very files Astro loads, so the check and the build can never disagree about which exist.
	const files = listPracticeFiles(contentDir);
	const practices: CheckResult['practices'] = [];
	const titles = new Map<string, string>();

	for (const name of files) {
		const filePath = path.join(practicesDir, name);
		const file = path.relative(root, filePath);
		if (!FILE_NAME.test(name)) {
			errors.push({
				file,
				message:
					'имя файла должно быть латинским slug-ом в нижнем регистре через дефис и лежать прямо в content/practices (например, biysk-emergency-alerts.mdx)',
			});
			continue;
		}
		const contents = fs.readFileSync(filePath, 'utf8');
		const split = splitMdx(contents);
		const onTree = options.onBody && ((tree: Root) => options.onBody!(filePath, contents, tree));
		errors.push(...checkMdxBody(split.body, file, split.bodyLine, onTree));
		errors.push(...checkAbbreviations(split.body, glossary, file, split.bodyLine));
		if (split.frontmatter === undefined) {
			errors.push({ file, line: 1, message: 'нет блока метаданных: файл должен начинаться со строки «---»' });
			continue;
		}
		const yaml = parseLocatedYaml(split.frontmatter, split.frontmatterLine);
		if (yaml.syntaxErrors.length) {
			errors.push(...yaml.syntaxErrors.map(({ line, message }) => ({ file, line, message: `ошибка YAML: ${message}` })));
			continue;
		}
		// Titles are compared even when other fields fail, so that one run reports everything.
		const title = (yaml.data as { title?: unknown } | undefined)?.title;
		if (typeof title === 'string') {
			const duplicateOf = titles.get(title.trim());
			if (duplicateOf) {
				errors.push({
					file,
					line: yaml.lineOf(['title']),
					field: 'title',
					message: `такое же название уже у ${duplicateOf}`,
					value: title,
				});
			} else {
				titles.set(title.trim(), file);
			}
		}
		const result = practiceSchema.safeParse(yaml.data ?? {});
		if (!result.success) {
			errors.push(...zodIssues(result.error, file, yaml, knownFields));
			continue;
		}
		const practice = result.data;
		for (const field of ['date', 'added', 'updated'] as const) {
			if (isFuture(practice[field], today)) {
				errors.push({ file, line: yaml.lineOf([field]), field, message: `дата в будущем (сегодня ${today})`, value: practice[field]?.iso });
			}
		}
		if (practice.summary === SUMMARY_PLACEHOLDER) {
			warnings.push({
				file,
				line: yaml.lineOf(['summary']),
				field: 'summary',
				message: 'краткое описание ещё не заполнено (заготовка из npm run new)',
			});
		}
		practices.push({
			id: practiceId(name),
			title: practice.title,
			draft: practice.draft,
			kind: practice.kind,
			spheres: practice.spheres,
			region: practice.region,
			...(practice.municipality ? { municipality: practice.municipality.name } : {}),
		});
	}
	if (files.length === 0) errors.push({ file: path.relative(root, practicesDir), message: 'нет ни одной практики (*.mdx)' });
	return { errors, warnings, practices, coverage: summarizeCoverage(practices, spheres, sources.items.length) };
}
