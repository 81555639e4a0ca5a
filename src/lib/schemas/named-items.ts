import { suggestClosest } from './suggest.ts';

/** What an editor may type for a taxonomy value: its slug, its Russian name, its short name or an alias. */
export interface NamedItem {
	id: string;
	name: string;
	short?: string;
	/** Other names readers and editors use: `Башкирия`, `ХМАО`, `ТКО`. */
	aliases?: readonly string[];
}

/** The slug, or else the item the editor most likely meant, if any is close. */
export type Resolution = { id: string } | { nearest?: NamedItem };

const normalise = (text: string) => text.trim().toLocaleLowerCase('ru-RU').replace(/ё/g, 'е').replace(/\s+/g, ' ');

/**
 * Every Russian label of an item: its name, the name's parts («Чувашская Республика» and «Чувашия» of
 * «Чувашская Республика — Чувашия», «Республика Саха» and «Якутия» of «Республика Саха (Якутия)»),
 * its short name and its aliases.
 */
export function labelsOf(item: NamedItem): string[] {
	const parts = item.name.split(/\s+—\s+|\s*\(|\)\s*/).filter(Boolean);
	return [item.name, ...parts, ...(item.short ? [item.short] : []), ...(item.aliases ?? [])];
}

/**
 * «Тюменская область», «тюменская область», `tyumen-oblast` and an alias all give `tyumen-oblast`.
 * A typo gets the nearest item as a hint, compared in its own script: a Russian word only with
 * Russian names («Чувашская республика» is not «chechnya»), a Latin one only with slugs.
 */
export function resolveNamedValue(input: string, items: readonly NamedItem[]): Resolution {
	const wanted = normalise(input);
	const match = items.find((item) => item.id === input.trim() || labelsOf(item).some((label) => normalise(label) === wanted));
	if (match) return { id: match.id };
	const cyrillic = /[а-яё]/i.test(input);
	const candidates = items.flatMap((item) => (cyrillic ? labelsOf(item).map(normalise) : [item.id]));
	const hint = suggestClosest(cyrillic ? wanted : input.trim(), candidates);
	const nearest = hint === undefined ? undefined : items.find((item) => item.id === hint || labelsOf(item).map(normalise).includes(hint));
	return nearest ? { nearest } : {};
}
