import { SITE } from '../../site.config.ts';
import { getPublishedPractices, type PracticeEntry } from '../content/get-practices.ts';
import { getTaxonomies, lookup, type Taxonomies } from '../content/get-taxonomies.ts';
import { toPracticeView } from '../content/practice-view.ts';
import { absoluteUrl } from '../urls.ts';
import { OPEN_DATA_FIELDS } from './fields.ts';

/** One practice as the open data files publish it; keys are exactly OPEN_DATA_FIELDS. */
export type PracticeRecord = Record<(typeof OPEN_DATA_FIELDS)[number]['name'], unknown>;

function toRecord(entry: PracticeEntry, taxonomies: Taxonomies): PracticeRecord {
	const view = toPracticeView(entry, taxonomies);
	const { data } = entry;
	const record: Record<string, unknown> = {
		id: view.id,
		url: absoluteUrl(view.url),
		title: view.title,
		summary: view.summary,
		kind: data.kind,
		spheres: data.spheres,
		region: data.region,
		region_name: view.region.name,
		municipality: data.municipality ?? null,
		programme: data.programme ?? null,
		cohort: data.cohort ?? null,
		mechanisms: data.mechanisms ?? [],
		cost_total: data.cost?.total ?? null,
		cost_qualifier: data.cost?.qualifier ?? null,
		cost_year: data.cost?.year ?? null,
		cost_planned: data.cost?.planned ?? null,
		cost_parts: (data.cost?.parts ?? []).map((part) => ({
			payer: part.payer,
			amount: part.amount ?? null,
			qualifier: part.qualifier ?? null,
			note: part.note ?? null,
		})),
		status: data.status ?? null,
		date: view.dateIso ?? null,
		authors: data.authors ?? [],
		results: data.results ?? [],
		sources: data.sources.map((id) => {
			const source = lookup(taxonomies.sources, id, 'source');
			return { id, title: source.title, publisher: source.publisher ?? null, date: source.date?.iso ?? null, url: source.url ?? null };
		}),
		added: view.added,
		updated: view.updated,
	};
	// The documented field list is the contract: fail the build if the two ever drift apart.
	const documented = OPEN_DATA_FIELDS.map((f) => f.name);
	if (documented.join() !== Object.keys(record).join()) throw new Error('Open data fields differ from OPEN_DATA_FIELDS');
	return record as PracticeRecord;
}

/** Every published practice as an open data record, newest first. */
export async function getPracticeRecords(): Promise<PracticeRecord[]> {
	const taxonomies = await getTaxonomies();
	return (await getPublishedPractices()).map((entry) => toRecord(entry, taxonomies));
}

/** A record's value as one CSV cell: lists joined with «; », objects as readable text. */
export function toCsvCell(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (Array.isArray(value)) return value.map(toCsvCell).join('; ');
	if (typeof value === 'object') {
		const item = value as Record<string, unknown>;
		if ('payer' in item) {
			const amount = item.amount === null ? '' : ` ${item.qualifier ? `${item.qualifier} ` : ''}${item.amount}`;
			return `${item.payer}:${amount}${item.note ? ` (${item.note})` : ''}`.trim();
		}
		if ('value' in item) return `${item.value}${item.unit ? ` ${item.unit}` : ''} — ${item.label}`;
		if ('title' in item) return [item.title, item.publisher, item.date, item.url].filter(Boolean).join(', ');
		if ('name' in item) return [item.name, item.position ?? item.type].filter(Boolean).join(', ');
		return JSON.stringify(value);
	}
	return String(value);
}

export const DATA_LICENSE_NOTE = `Данные ${SITE.name}: ${SITE.url}`;
