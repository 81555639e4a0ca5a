import type { GlossaryTerm } from '../schemas/index.ts';
import type { ContentIssue } from './content-issue.ts';

/**
 * A reader who lands on a practice from search may not know «ТКО» or «ППМИ», so the first use of a
 * glossary abbreviation in a body must come with its full form, written as «полная форма (ТКО)» or
 * as `<abbr title="полная форма">ТКО</abbr>`. The check only sees the bracket or the tag; the
 * reviewer checks that the words are the full form.
 */
const EXPANDED_BEFORE = /(?:\(|<abbr\b[^>]*\btitle=[^>]*>)$/;

export function checkAbbreviations(body: string, terms: readonly GlossaryTerm[], file: string, bodyLine: number): ContentIssue[] {
	return terms.flatMap(({ term, full }) => {
		const first = new RegExp(`(?<![\\p{L}\\p{N}])${term}(?![\\p{L}\\p{N}])`, 'u').exec(body);
		if (!first || EXPANDED_BEFORE.test(body.slice(Math.max(0, first.index - 200), first.index))) return [];
		const line = bodyLine + body.slice(0, first.index).split('\n').length - 1;
		return [
			{
				file,
				line,
				message: `первое упоминание «${term}» в тексте нужно расшифровать: «${full} (${term})»`,
			},
		];
	});
}
