import fs from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import { practiceId } from '../content/content-dir.ts';
import { costPartsDisagree, createPracticeSchema, type GlossaryTerm, type PracticeKind, type TaxonomyIds } from '../schemas/index.ts';
import { checkAbbreviations } from './check-abbreviations.ts';
import { checkMdxBody } from './check-mdx-body.ts';
import type { ContentIssue } from './content-issue.ts';
import { splitMdx } from './frontmatter.ts';
import { futureDateIssues, scaffoldIssues } from './practice-rules.ts';
import { parseLocatedYaml } from './yaml-document.ts';
import { zodIssues } from './zod-issues.ts';

/** What the check keeps of an entry that passed: enough to name it and to count coverage. */
export interface CheckedPractice {
	id: string;
	title: string;
	draft: boolean;
	kind: PracticeKind;
	spheres: string[];
	region: string;
	municipality?: string;
	mechanisms: string[];
	sourceCount: number;
	hasCost: boolean;
	/** The body has a «Как повторить» section. */
	hasHowTo: boolean;
}

/** The heading of the section on repeating a practice; coverage counts the entries that have it. */
const HOW_TO_HEADING = /^##\s+Как повторить\s*$/mu;

/** Everything a practice file is checked against; the same for every file of a run (and plain data, for a thread). */
export interface CheckRunContext {
	root: string;
	today: string;
	practicesDir: string;
	ids: TaxonomyIds;
	glossary: readonly GlossaryTerm[];
}

export interface PracticeFileContext extends CheckRunContext {
	/** Gets the parsed body with the file's absolute path and text: the build renders it from this parse. */
	onBody?: (filePath: string, contents: string, tree: Root) => void;
}

/**
 * What one file's check found. Its errors come in two parts around the title, which only the
 * whole run can compare with other files' titles (check-content.ts puts a duplicate's error
 * between them), so that a file's errors read in the same order however the files were checked.
 */
export interface PracticeFileResult {
	name: string;
	file: string;
	errorsBeforeTitle: ContentIssue[];
	title?: { text: string; line?: number };
	errorsAfterTitle: ContentIssue[];
	warnings: ContentIssue[];
	practice?: CheckedPractice;
}

const FILE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*\.mdx$/;

/** The practice schema of a run, made once per set of taxonomy ids. */
const schemas = new WeakMap<TaxonomyIds, ReturnType<typeof createPracticeSchema>>();
function practiceSchemaFor(ids: TaxonomyIds) {
	let schema = schemas.get(ids);
	if (!schema) schemas.set(ids, (schema = createPracticeSchema(ids)));
	return schema;
}

/** Checks one practice file (`name` relative to the practices folder): its name, body and frontmatter. */
export function checkPracticeFile(context: PracticeFileContext, name: string): PracticeFileResult {
	const filePath = path.join(context.practicesDir, name);
	const file = path.relative(context.root, filePath);
	const result: PracticeFileResult = { name, file, errorsBeforeTitle: [], errorsAfterTitle: [], warnings: [] };
	const before = result.errorsBeforeTitle;
	if (!FILE_NAME.test(name)) {
		before.push({
			file,
			message:
				'имя файла должно быть латинским slug-ом в нижнем регистре через дефис и лежать прямо в content/practices (например, biysk-emergency-alerts.mdx)',
		});
		return result;
	}
	const contents = fs.readFileSync(filePath, 'utf8');
	const split = splitMdx(contents);
	const onTree = context.onBody && ((tree: Root) => context.onBody!(filePath, contents, tree));
	if (split.unclosed) {
		before.push({
			file,
			line: 1,
			message: 'блок метаданных открыт строкой «---», но не закрыт: добавьте строку «---» после последнего поля, перед текстом',
		});
		return result;
	}
	before.push(...checkMdxBody(split.body, file, split.bodyLine, onTree));
	before.push(...checkAbbreviations(split.body, context.glossary, file, split.bodyLine));
	if (split.frontmatter === undefined) {
		before.push({ file, line: 1, message: 'нет блока метаданных: файл должен начинаться со строки «---»' });
		return result;
	}
	const yaml = parseLocatedYaml(split.frontmatter, split.frontmatterLine);
	if (yaml.syntaxErrors.length) {
		before.push(...yaml.syntaxErrors.map(({ line, message }) => ({ file, line, message: `ошибка YAML: ${message}` })));
		return result;
	}
	// Titles are compared even when other fields fail, so that one run reports everything.
	const title = (yaml.data as { title?: unknown } | undefined)?.title;
	if (typeof title === 'string') result.title = { text: title, line: yaml.lineOf(['title']) };
	const schema = practiceSchemaFor(context.ids);
	const parsed = schema.safeParse(yaml.data ?? {});
	const after = result.errorsAfterTitle;
	if (!parsed.success) {
		after.push(...zodIssues(parsed.error, file, yaml, Object.keys(schema.shape)));
		return result;
	}
	const practice = parsed.data;
	for (const issue of [...futureDateIssues(practice, context.today), ...scaffoldIssues(practice, split.body)]) {
		const line =
			issue.bodyOffset === undefined
				? yaml.lineOf([issue.field!])
				: split.bodyLine + split.body.slice(0, issue.bodyOffset).split('\n').length - 1;
		after.push({
			file,
			line,
			...(issue.field ? { field: issue.field } : {}),
			message: issue.message,
			...(issue.value === undefined ? {} : { value: issue.value }),
		});
	}
	if (practice.cost && costPartsDisagree(practice.cost)) {
		result.warnings.push({
			file,
			line: yaml.lineOf(['cost', 'total']),
			field: 'cost.total',
			message:
				'части стоимости (parts) в сумме не дают общую сумму (total); проверьте по источнику — если там так и написано, оставьте как есть: страница покажет обе суммы, как они названы',
		});
	}
	result.practice = {
		id: practiceId(name),
		title: practice.title,
		draft: practice.draft,
		kind: practice.kind,
		spheres: practice.spheres,
		region: practice.region,
		...(practice.municipality ? { municipality: practice.municipality.name } : {}),
		mechanisms: practice.mechanisms ?? [],
		sourceCount: practice.sources.length,
		hasCost: practice.cost !== undefined,
		hasHowTo: HOW_TO_HEADING.test(split.body),
	};
	return result;
}
