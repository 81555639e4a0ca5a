import type { GlossaryTerm } from '../schemas/glossary.ts';
import { normalizeText as normalise } from './search-words.ts';

/** A crude Russian stem: drop up to three ending letters, keep at least three. */
function stem(word: string): string {
	return word.slice(0, Math.max(3, word.length - 3));
}

/** Matches a full form in any case or number: each word's stem, in order, with any endings. */
function fullFormPattern(full: string): RegExp {
	const words = normalise(full)
		.split(/\s+/)
		.map((word) =>
			word
				.split('-')
				.map((part) => `${stem(part)}[а-я]*`)
				.join('-'),
		);
	return new RegExp(`(?:^|[^а-я])${words.join('\\s+')}`, 'u');
}

function abbreviationPattern(term: string): RegExp {
	return new RegExp(`(?:^|[^А-ЯЁа-яё])${term}(?:$|[^А-ЯЁа-яё])`, 'u');
}

/** Each glossary's patterns, made once: a build asks for the expansions of every entry. */
const compiled = new WeakMap<readonly GlossaryTerm[], (GlossaryTerm & { termPattern: RegExp; fullPattern: RegExp })[]>();
function patternsOf(glossary: readonly GlossaryTerm[]) {
	let patterns = compiled.get(glossary);
	if (!patterns) {
		patterns = glossary.map((item) => ({ ...item, termPattern: abbreviationPattern(item.term), fullPattern: fullFormPattern(item.full) }));
		compiled.set(glossary, patterns);
	}
	return patterns;
}

/**
 * What to add to a page's search text so that the trade's abbreviations and their full forms
 * find each other: for every glossary term the text uses in one form, the other form.
 * Pagefind then matches «ЖКХ» against a page that only says «жилищно-коммунального хозяйства».
 */
export function glossaryExpansions(text: string, glossary: readonly GlossaryTerm[]): string[] {
	const lower = normalise(text);
	return patternsOf(glossary).flatMap(({ term, full, termPattern, fullPattern }) => {
		const hasTerm = termPattern.test(text);
		const hasFull = fullPattern.test(lower);
		if (hasTerm && !hasFull) return [full];
		if (hasFull && !hasTerm) return [term];
		return [];
	});
}
