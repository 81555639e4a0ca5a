// A rebuild after text edits without an Astro run. An entry's text (its body) shows on its own
// page in two places and nowhere else (src/pages/practices/[id].astro): the body's HTML inside
// `.mp-prose`, and the search-only expansions of the abbreviations it uses. The body is rendered
// by the very function the practice loader uses (render-body.ts), so the new page is the
// previous one with those two parts of the old text replaced by those of the new. Each part of
// the old text must be found in the previous page exactly where the page template puts it;
// anything else (a body that needs the MDX compiler, a page that does not read as expected)
// leaves the page to Astro. tests/build/rebuild.test.ts holds the result byte for byte equal to
// a clean build.
import fs from 'node:fs';
import path from 'node:path';
import { parsePracticeFile } from '../../src/lib/content/parse-practice-file.ts';
import { practiceSearchExpansions, SEARCH_TEXT_SEPARATOR } from '../../src/lib/content/practice-search-text.ts';
import { createBodyRenderer, renderBodyText, type BodyRenderer } from '../../src/lib/markdown/render-body.ts';
import type { GlossaryTerm } from '../../src/lib/schemas/glossary.ts';

/** What an entry's text puts on its page. */
export interface TextParts {
	/** The body's HTML. */
	html: string;
	/** The other form of every abbreviation the title, summary and body use. */
	expansions: string[];
}

/** The parts of a practice file's text, as the build renders them; undefined when the body needs the MDX compiler. */
export function textParts(
	filePath: string,
	contents: string,
	render: BodyRenderer,
	glossary: readonly GlossaryTerm[],
): TextParts | undefined {
	const { frontmatter, body } = parsePracticeFile(filePath, contents);
	const rendered = renderBodyText(render, body, filePath);
	if (!rendered) return undefined;
	// Trimmed as the practice schema trims them (src/lib/schemas/practice.ts).
	const data = { title: String(frontmatter.title ?? '').trim(), summary: String(frontmatter.summary ?? '').trim() };
	return { html: rendered.html, expansions: practiceSearchExpansions(data, body, glossary) };
}

/** Where the page template puts each part: the body in `.mp-prose`, the expansions at the end of the search-only paragraph. */
const BODY_START = '<div class="mp-prose">';
const BODY_END = '</div>';
const SEARCH_TEXT_START = '<p hidden data-pagefind-weight="0.5">';
const SEARCH_TEXT_END = '</p>';

/** Text as Astro escapes an expression's value in a template. */
const escapeHtml = (text: string) =>
	text.replace(/[&<>'"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' })[char]!);

/** `text` with the one occurrence of `from` replaced by `to`; undefined unless `from` occurs exactly once. */
function replaceOnce(text: string, from: string, to: string): string | undefined {
	const at = text.indexOf(from);
	if (at === -1 || text.indexOf(from, at + 1) !== -1) return undefined;
	return text.slice(0, at) + to + text.slice(at + from.length);
}

/** The previous page with the parts of the old text replaced by those of the new; undefined when they are not where the template puts them. */
export function patchPracticePage(page: string, before: TextParts, after: TextParts): string | undefined {
	const withBody = replaceOnce(page, `${BODY_START}${before.html}${BODY_END}`, `${BODY_START}${after.html}${BODY_END}`);
	if (withBody === undefined) return undefined;
	const start = withBody.indexOf(SEARCH_TEXT_START);
	if (start === -1 || withBody.indexOf(SEARCH_TEXT_START, start + 1) !== -1) return undefined;
	const textStart = start + SEARCH_TEXT_START.length;
	const textEnd = withBody.indexOf(SEARCH_TEXT_END, textStart);
	if (textEnd === -1) return undefined;
	const searchText = withBody.slice(textStart, textEnd);
	const suffix = (expansions: string[]) => escapeHtml(expansions.map((expansion) => SEARCH_TEXT_SEPARATOR + expansion).join(''));
	const oldSuffix = suffix(before.expansions);
	// The region's name always comes first, so the expansions are a suffix after a non-empty start.
	if (!searchText.endsWith(oldSuffix) || searchText.length === oldSuffix.length) return undefined;
	return withBody.slice(0, textEnd - oldSuffix.length) + suffix(after.expansions) + withBody.slice(textEnd);
}

export interface PatchInput {
	/** The previous output, whose practice pages are patched. */
	previousOut: string;
	/** The new output, where the patched pages are written (their folders are not there yet). */
	staging: string;
	practicesDir: string;
	glossary: readonly GlossaryTerm[];
	/** The changed files, each with its texts at the previous build and now (from the two manifests) and its page's folder. */
	changed: { file: string; previousContents: string; contents: string; pageDir: string }[];
}

/**
 * Writes the patched page of every changed file into `staging`, or none of them: false when any
 * one cannot be patched, and the caller renders them all with Astro.
 */
export function patchPracticePages({ previousOut, staging, practicesDir, glossary, changed }: PatchInput): boolean {
	const render = createBodyRenderer(glossary);
	const pages: { pageFile: string; html: string }[] = [];
	for (const { file, previousContents, contents, pageDir } of changed) {
		const filePath = path.join(practicesDir, file);
		const before = textParts(filePath, previousContents, render, glossary);
		const after = textParts(filePath, contents, render, glossary);
		const pageFile = path.join(pageDir, 'index.html');
		const previousPage = path.join(previousOut, pageFile);
		if (!before || !after || !fs.existsSync(previousPage)) return false;
		const html = patchPracticePage(fs.readFileSync(previousPage, 'utf8'), before, after);
		if (html === undefined) return false;
		pages.push({ pageFile, html });
	}
	for (const { pageFile, html } of pages) {
		fs.mkdirSync(path.dirname(path.join(staging, pageFile)), { recursive: true });
		fs.writeFileSync(path.join(staging, pageFile), html);
	}
	return true;
}
