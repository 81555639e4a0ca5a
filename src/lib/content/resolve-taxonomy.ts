import path from 'node:path';
import { suggestClosest } from '../schemas/suggest.ts';
import { CONTENT_FILES } from './content-dir.ts';
import { readYamlList } from './read-taxonomies.ts';

/** What an editor may type for a taxonomy value: its slug, its Russian name or its short name. */
export interface NamedItem {
	id: string;
	name: string;
	short?: string;
}

/** The slug, or else the item the editor most likely meant, if any is close. */
export type Resolution = { id: string } | { nearest?: NamedItem };

/** Regions, spheres or programmes with their names, read from the content tree. */
export function readNamedItems(contentDir: string, kind: 'regions' | 'spheres' | 'programmes'): NamedItem[] {
	return readYamlList(path.join(contentDir, CONTENT_FILES[kind])).flatMap((item) => {
		const { id, name, short } = (item ?? {}) as Partial<NamedItem>;
		return typeof id === 'string' && typeof name === 'string' ? [{ id, name, ...(short ? { short } : {}) }] : [];
	});
}

const normalise = (text: string) => text.trim().toLocaleLowerCase('ru-RU').replace(/ё/g, 'е').replace(/\s+/g, ' ');

/**
 * «Тюменская область», «тюменская область» and `tyumen-oblast` all give `tyumen-oblast`; a typo
 * gets the nearest slug or name as a hint, so an editor need not know the slugs by heart.
 */
export function resolveTaxonomyValue(input: string, items: readonly NamedItem[]): Resolution {
	const wanted = normalise(input);
	const match = items.find(
		(item) => item.id === input.trim() || [item.name, item.short].some((label) => label !== undefined && normalise(label) === wanted),
	);
	if (match) return { id: match.id };
	const hint = suggestClosest(input.trim(), items.flatMap((item) => [item.id, item.name]));
	const nearest = items.find((item) => item.id === hint || item.name === hint);
	return nearest ? { nearest } : {};
}
