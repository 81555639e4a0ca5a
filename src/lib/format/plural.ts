const rules = new Intl.PluralRules('ru-RU');

/** Russian word forms for one / few / many, e.g. `['практика', 'практики', 'практик']`. */
export type WordForms = readonly [one: string, few: string, many: string];

/** The form of `forms` that agrees with `count`: 1 практика, 3 практики, 5 практик. */
export function pluralForm(count: number, forms: WordForms): string {
	const category = rules.select(count);
	if (category === 'one') return forms[0];
	if (category === 'few') return forms[1];
	return forms[2];
}

/** `count` followed by the agreeing word: `21 практика`, `1 000 практик`. */
export function formatCount(count: number, forms: WordForms): string {
	return `${count.toLocaleString('ru-RU')} ${pluralForm(count, forms)}`;
}
