import { formatPartialDate } from '../format/date.ts';
import { PRACTICE_KINDS, PRACTICE_STATUSES, type Practice } from '../schemas/practice.ts';
import { mechanismUrl, practiceUrl, programmeUrl, regionUrl, sphereUrl } from '../urls.ts';
import { lookup, type Taxonomies } from './get-taxonomies.ts';

/** What cards, feeds, data files and the search index show of a practice, resolved once. */
export interface PracticeView {
	id: string;
	url: string;
	title: string;
	summary: string;
	kind: { id: keyof typeof PRACTICE_KINDS; label: string };
	region: { id: string; name: string; short: string; url: string };
	spheres: { id: string; name: string; url: string }[];
	programme?: { id: string; name: string; url: string };
	/** How it was organised or paid for. */
	mechanisms: { id: string; name: string; url: string }[];
	cost?: Practice['cost'];
	cohort?: number;
	status?: { id: keyof typeof PRACTICE_STATUSES; label: string };
	municipality?: Practice['municipality'];
	authors: NonNullable<Practice['authors']>;
	/** Human date, e.g. `апрель 2024 г.`; undefined when unknown. */
	dateText?: string;
	/** Machine date as precise as known: `2024-04`. */
	dateIso?: string;
	year?: number;
	added: string;
	updated: string;
}

/** Resolves a practice's references into names and URLs. */
export function toPracticeView(entry: { id: string; data: Practice }, taxonomies: Taxonomies): PracticeView {
	const { data } = entry;
	const region = lookup(taxonomies.regions, data.region, 'region');
	const programme = data.programme ? lookup(taxonomies.programmes, data.programme, 'programme') : undefined;
	return {
		id: entry.id,
		url: practiceUrl(entry.id),
		title: data.title,
		summary: data.summary,
		kind: { id: data.kind, label: PRACTICE_KINDS[data.kind] },
		region: { id: data.region, name: region.name, short: region.short ?? region.name, url: regionUrl(data.region) },
		spheres: data.spheres.map((id) => ({ id, name: lookup(taxonomies.spheres, id, 'sphere').name, url: sphereUrl(id) })),
		programme: programme && data.programme ? { id: data.programme, name: programme.name, url: programmeUrl(data.programme) } : undefined,
		mechanisms: (data.mechanisms ?? []).map((id) => ({ id, name: lookup(taxonomies.mechanisms, id, 'mechanism').name, url: mechanismUrl(id) })),
		cost: data.cost,
		cohort: data.cohort,
		status: data.status ? { id: data.status, label: PRACTICE_STATUSES[data.status] } : undefined,
		municipality: data.municipality,
		authors: data.authors ?? [],
		dateText: data.date ? formatPartialDate(data.date) : undefined,
		dateIso: data.date?.iso,
		year: data.date?.year,
		added: data.added.iso,
		updated: (data.updated ?? data.added).iso,
	};
}
