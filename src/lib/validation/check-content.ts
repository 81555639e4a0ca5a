import path from 'node:path';
import { CONTENT_FILES, listPracticeFiles } from '../content/content-dir.ts';
import type { ContentIssue } from './content-issue.ts';
import { checkPracticeFile, type CheckedPractice, type CheckRunContext, type PracticeFileResult } from './check-practice-file.ts';
import { checkTaxonomies, type CheckedTaxonomies } from './check-taxonomies.ts';
import { summarizeCoverage, type Coverage } from './coverage.ts';

export type { CheckedPractice } from './check-practice-file.ts';

export interface CheckResult {
	errors: ContentIssue[];
	warnings: ContentIssue[];
	/** Entries that passed, drafts included: `id` is the file name without `.mdx`. */
	practices: CheckedPractice[];
	/** What the published entries cover: kinds, spheres, regions. */
	coverage: Coverage;
}

export interface CheckOptions {
	/** Project root that file names in messages are relative to. Default: the working directory. */
	root?: string;
	/** "Today" for the no-future-dates rule, `YYYY-MM-DD`. Default: the current UTC day. */
	today?: string;
}

/** A run's taxonomies and the context its practice files are checked in. */
export interface CheckSetup {
	errors: ContentIssue[];
	taxonomies: CheckedTaxonomies;
	/** Without `onBody`: a run that renders bodies adds it (check-files.ts). */
	context: CheckRunContext;
	/** The very files Astro loads, so the check and the build can never disagree about which exist. */
	files: string[];
}

/** Checks the taxonomy files and lists the practice files to check against them. */
export function setUpCheck(contentDir: string, options: CheckOptions = {}): CheckSetup {
	const root = options.root ?? process.cwd();
	const today = options.today ?? new Date().toISOString().slice(0, 10);
	const errors: ContentIssue[] = [];
	const taxonomies = checkTaxonomies(contentDir, root, today, errors);
	const practicesDir = path.join(contentDir, CONTENT_FILES.practices);
	const context = { root, today, practicesDir, ids: taxonomies.ids, glossary: taxonomies.glossary };
	return { errors, taxonomies, context, files: listPracticeFiles(contentDir) };
}

/**
 * Joins the files' results, in the order of `setup.files`, with what only the whole tree shows:
 * two entries with one title, and a tree without entries.
 */
export function finishCheck(setup: CheckSetup, results: readonly PracticeFileResult[]): CheckResult {
	const errors = [...setup.errors];
	const warnings: ContentIssue[] = [];
	const practices: CheckedPractice[] = [];
	const titles = new Map<string, string>();
	for (const result of results) {
		errors.push(...result.errorsBeforeTitle);
		if (result.title) {
			const key = result.title.text.trim();
			const duplicateOf = titles.get(key);
			if (duplicateOf) {
				errors.push({
					file: result.file,
					line: result.title.line,
					field: 'title',
					message: `такое же название уже у ${duplicateOf}`,
					value: result.title.text,
				});
			} else titles.set(key, result.file);
		}
		errors.push(...result.errorsAfterTitle);
		warnings.push(...result.warnings);
		if (result.practice) practices.push(result.practice);
	}
	if (setup.files.length === 0) {
		errors.push({ file: path.relative(setup.context.root, setup.context.practicesDir), message: 'нет ни одной практики (*.mdx)' });
	}
	const { spheres, mechanisms, sourceCount } = setup.taxonomies;
	return { errors, warnings, practices, coverage: summarizeCoverage(practices, spheres, sourceCount, mechanisms) };
}

/**
 * Checks the whole content tree without building the site: every taxonomy file, every
 * practice's frontmatter and body, and what a schema alone cannot see (unique slugs and
 * titles, no future dates). Collects every problem instead of stopping at the first.
 * (check-in-parallel.ts does the same over several threads.)
 */
export function checkContent(contentDir: string, options: CheckOptions = {}): CheckResult {
	const setup = setUpCheck(contentDir, options);
	return finishCheck(
		setup,
		setup.files.map((name) => checkPracticeFile(setup.context, name)),
	);
}

/** The ids of the entries that passed and are not drafts: the pages a build must publish. */
export function publishedIds(result: CheckResult): string[] {
	return result.practices.filter((practice) => !practice.draft).map((practice) => practice.id);
}
