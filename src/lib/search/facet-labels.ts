import { PRACTICE_KINDS } from '../schemas/practice.ts';
import { COST_BANDS, PAYER_FACET_LABELS } from '../content/cost-view.ts';
import type { Taxonomies } from '../content/get-taxonomies.ts';
import type { FacetLabels } from './search-state.ts';

/** Russian names of every facet value, embedded in the search page (build time only). */
export function getFacetLabels(taxonomies: Taxonomies): FacetLabels {
	const names = <T extends { id: string; name: string; short?: string }>(list: Iterable<T>) =>
		Object.fromEntries([...list].map((item) => [item.id, item.short ?? item.name]));
	return {
		sphere: names(taxonomies.sphereList),
		region: names(taxonomies.regionList),
		mechanism: names(taxonomies.mechanismList),
		payer: { ...PAYER_FACET_LABELS },
		cost: { ...COST_BANDS },
		kind: { ...PRACTICE_KINDS },
		programme: names(taxonomies.programmes.values()),
		year: {},
	};
}
