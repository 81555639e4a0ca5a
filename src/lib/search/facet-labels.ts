import { PRACTICE_KINDS } from '../schemas/practice.ts';
import type { Taxonomies } from '../content/get-taxonomies.ts';
import type { Facet } from './search-state.ts';

/** Facet values are slugs in the index and the URL; this maps them to Russian names for display. */
export type FacetLabels = Record<Facet, Record<string, string>>;

export function getFacetLabels(taxonomies: Taxonomies): FacetLabels {
	const names = <T extends { id: string; name: string; short?: string }>(list: Iterable<T>) =>
		Object.fromEntries([...list].map((item) => [item.id, item.short ?? item.name]));
	return {
		sphere: names(taxonomies.sphereList),
		region: names(taxonomies.regionList),
		kind: { ...PRACTICE_KINDS },
		programme: names(taxonomies.programmes.values()),
		year: {},
	};
}

export const FACET_TITLES: Record<Facet, string> = {
	sphere: 'Сфера',
	region: 'Регион',
	kind: 'Вид',
	programme: 'Программа',
	year: 'Год',
};
