import { parse } from 'yaml';
import { writeMapping, type YamlStyle } from './yaml-blocks.ts';

// A practice file (content/practices/*.mdx) read into fields and a body, and written back as the
// hand-written entries are. `npm run new` and the form at /admin/ both write through here.

/** Keys of the practice frontmatter in the order the entries use, nested keys as `results.value`. */
export const PRACTICE_KEY_ORDER = [
	'title', 'summary', 'kind', 'spheres', 'region',
	'municipality', 'municipality.name', 'municipality.type',
	'programme', 'cohort', 'mechanisms',
	'authors', 'authors.name', 'authors.position',
	'status', 'date',
	'cost', 'cost.total', 'cost.qualifier', 'cost.year', 'cost.planned',
	'cost.parts', 'cost.parts.payer', 'cost.parts.amount', 'cost.parts.qualifier', 'cost.parts.note',
	'results', 'results.value', 'results.unit', 'results.label',
	'baseline', 'baseline.value', 'baseline.unit', 'baseline.label',
	'sources', 'added', 'updated', 'draft',
] as const;

export const PRACTICE_STYLE: YamlStyle = {
	order: PRACTICE_KEY_ORDER,
	flow: ['spheres', 'mechanisms', 'sources'],
	folded: ['summary'],
	dates: ['date', 'added', 'updated'],
};


const FRONTMATTER = /^---\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/;

export interface PracticeFile {
	/** Frontmatter fields, dates as text. */
	data: Record<string, unknown>;
	/** The MDX body without the blank line that follows the frontmatter. */
	body: string;
	/** The frontmatter's own text, so a rewrite can keep every line that did not change. */
	frontmatter: string;
	/** The blank lines between the frontmatter and the body (one, in the hand-written entries). */
	gap: string;
}

/** Reads a practice file; text without frontmatter is all body. */
export function parsePracticeFile(text: string): PracticeFile {
	const match = FRONTMATTER.exec(text);
	const frontmatter = match?.[1] ?? '';
	const parsed: unknown = frontmatter ? parse(frontmatter) : {};
	const data = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? { ...(parsed as Record<string, unknown>) } : {};
	// The partial dates come back as text (`date: 2024` is a number to YAML), as a form field holds them.
	for (const key of PRACTICE_STYLE.dates!) if (typeof data[key] === 'number') data[key] = String(data[key]);
	const rest = match ? text.slice(match[0].length) : text;
	const gap = /^(?:[ \t]*\r?\n)*/.exec(rest)![0];
	return { data, body: rest.slice(gap.length), frontmatter, gap };
}

/**
 * Writes a practice file. Given the file as it was, every frontmatter line of an unchanged field and
 * an unchanged body stay byte for byte, so the diff shows only the edit. `draft: false` (the default)
 * is written only where the file already said it.
 */
export function writePracticeFile(data: Record<string, unknown>, body: string, original?: string): string {
	const before = original === undefined ? undefined : parsePracticeFile(original);
	const fields = { ...data };
	if (fields.draft === false && before?.data.draft === undefined) delete fields.draft;
	const frontmatter = writeMapping(fields, PRACTICE_STYLE, before?.frontmatter);
	if (before && before.body === body) return `---\n${frontmatter}---\n${before.gap}${body}`;
	const text = body.replace(/\s+$/, '');
	return `---\n${frontmatter}---\n${text ? `${before?.gap || '\n'}${text}\n` : ''}`;
}

/** Items of the taxonomy lists the form edits (sources, glossary, thesaurus, mechanisms), in their schemas' order. */
export const TAXONOMY_LIST_STYLE: YamlStyle = {
	order: ['id', 'term', 'full', 'words', 'name', 'aliases', 'title', 'description', 'basis', 'publisher', 'origin', 'date', 'url', 'note', 'sources'],
	flow: ['words', 'aliases', 'sources'],
	dates: ['date'],
};

/** A new entry's summary until the editor writes one: the check refuses it in a published entry. */
export const SUMMARY_PLACEHOLDER = 'ЗАГОТОВКА: замените этот текст одним-двумя предложениями о практике, только по источнику.';

/** What a new entry's text says under each heading until the editor writes it: the check refuses them in a published entry. */
export const TEMPLATE_PROMPTS = [
	'Опишите, какую задачу решали, — только то, что сказано в источнике.',
	'Что сделали и кто участвовал.',
	'Числа и итоги из источника. Если их нет, так и напишите.',
	'Шаги, которые описывает источник.',
] as const;

/** The body a new entry starts from (here and in the form at /admin/): the four parts, each with what to write. */
export const PRACTICE_BODY_TEMPLATE = ['Проблема', 'Решение', 'Результаты', 'Как повторить']
	.flatMap((heading, i) => [`## ${heading}`, '', TEMPLATE_PROMPTS[i]!, ''])
	.join('\n');
