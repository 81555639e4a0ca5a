import { normalizeText, splitWords, stemVariants, stemWord } from './search-words.ts';

/** A concept's words, each compiled to its stems once (a word's stems: its stem and, with a fleeting vowel, the other). */
interface CompiledConcept {
	variants: { text: string; stems: string[][] }[];
}

const compiled = new WeakMap<readonly (readonly string[])[], CompiledConcept[]>();

function compile(concepts: readonly (readonly string[])[]): CompiledConcept[] {
	let result = compiled.get(concepts);
	if (!result) {
		result = concepts.map((words) => ({
			variants: words.map((text) => ({ text, stems: splitWords(text).map(stemVariants) })).filter((variant) => variant.stems.length > 0),
		}));
		compiled.set(concepts, result);
	}
	return result;
}

/**
 * What to add to a page's search text so that every word of a concept finds it: for each concept
 * one of whose words or phrases the text uses (in any form: compared by stems, phrases word after
 * word), the concept's other words. A page that says «водоснабжение» then matches «водопровод».
 */
export function thesaurusExpansions(text: string, concepts: readonly (readonly string[])[]): string[] {
	const stems = splitWords(text).map(stemWord);
	const present = new Set(stems);
	// The text as one line of stems, made only when a phrase's words are all in it.
	let joined: string | undefined;
	const phrases = (stems: string[][]): string[] =>
		stems.reduce<string[]>((heads, options) => heads.flatMap((head) => options.map((stem) => `${head}${stem} `)), [' ']);
	const has = (variant: { stems: string[][] }) =>
		variant.stems.every((options) => options.some((stem) => present.has(stem))) &&
		(variant.stems.length === 1 || phrases(variant.stems).some((phrase) => (joined ??= ` ${stems.join(' ')} `).includes(phrase)));
	// Keyed by the normalised text: a word two concepts share is added once.
	const added = new Map<string, string>();
	for (const { variants } of compile(concepts)) {
		const found = variants.filter(has);
		if (found.length === 0) continue;
		for (const variant of variants) if (!found.includes(variant)) added.set(normalizeText(variant.text), variant.text);
	}
	return [...added.values()];
}
