// Rules the check applies beyond the schemas, in one place for `npm run check` (check-practice-file.ts,
// check-taxonomies.ts) and the form at /admin/ (src/admin/validate.ts): both say the same thing the same way.
// This module runs in the browser too: it must stay free of Node's modules.
import { SUMMARY_PLACEHOLDER, TEMPLATE_PROMPTS } from '../content/practice-file.ts';
import { SOURCES_KNOWN_WITHOUT_ADDRESS, type PartialDate } from '../schemas/index.ts';
import { isFuture } from './future-date.ts';

/** What a rule found: at a field of the frontmatter, or at an offset of the body. */
export interface RuleIssue {
	field?: string;
	bodyOffset?: number;
	message: string;
	value?: unknown;
}

const DATE_FIELDS = ['date', 'added', 'updated'] as const;

/** A practice's dates that lie after `today` (`YYYY-MM-DD`). */
export function futureDateIssues(practice: Partial<Record<(typeof DATE_FIELDS)[number], PartialDate>>, today: string): RuleIssue[] {
	return DATE_FIELDS.filter((field) => isFuture(practice[field], today)).map((field) => ({
		field,
		message: `дата в будущем (сегодня ${today})`,
		value: practice[field]?.iso,
	}));
}

/** A scaffold's prompts may stay in a draft; a published entry with one would show it to readers. */
export function scaffoldIssues(practice: { draft: boolean; summary: string }, body: string): RuleIssue[] {
	if (practice.draft) return [];
	const summary: RuleIssue[] =
		practice.summary === SUMMARY_PLACEHOLDER
			? [
					{
						field: 'summary',
						message:
							'краткое описание — заготовка из npm run new: напишите одно-два предложения по источнику (или оставьте draft: true, пока запись не готова)',
					},
				]
			: [];
	const prompts = TEMPLATE_PROMPTS.flatMap((prompt) => {
		const at = body.indexOf(prompt);
		return at === -1
			? []
			: [
					{
						bodyOffset: at,
						message: `в тексте осталась подсказка заготовки «${prompt}»: замените её текстом по источнику или удалите раздел (или оставьте draft: true, пока запись не готова)`,
					},
				];
	});
	return [...summary, ...prompts];
}

/**
 * The list of sources as a whole: an address for every source but the founding documents, and no
 * address twice (one page, one record, cited by every entry that uses it). Issues by the source's index.
 */
export function sourceUrlIssues(sources: readonly { id: string; url?: string }[]): (RuleIssue & { index: number })[] {
	const owner = new Map<string, string>();
	return sources.flatMap((source, index) => {
		if (!source.url) {
			if (SOURCES_KNOWN_WITHOUT_ADDRESS.has(source.id)) return [];
			return [
				{
					index,
					field: 'id',
					message: 'у источника нет адреса (url): укажите публичный адрес страницы, чтобы читатель мог проверить каждый факт',
				},
			];
		}
		const other = owner.get(source.url);
		if (!other) {
			owner.set(source.url, source.id);
			return [];
		}
		return [
			{
				index,
				field: 'url',
				message: `этот адрес уже у источника «${other}»; ссылайтесь на него, а эту запись удалите`,
				value: source.url,
			},
		];
	});
}
