import { getCollection, type CollectionEntry } from 'astro:content';
import { compareNewestFirst } from './sort-practices.ts';
import { createRelatedFinder } from './related-practices.ts';

export type PracticeEntry = CollectionEntry<'practices'>;
export type RegionEntry = CollectionEntry<'regions'>;
export type SphereEntry = CollectionEntry<'spheres'>;
export type ProgrammeEntry = CollectionEntry<'programmes'>;
export type SourceEntry = CollectionEntry<'sources'>;

// Every page of a build asks for the same lists; compute them once per build.
let published: Promise<PracticeEntry[]> | undefined;

/** Every non-draft practice, newest first. */
export function getPublishedPractices(): Promise<PracticeEntry[]> {
	published ??= getCollection('practices', (entry) => !entry.data.draft).then((list) => list.sort(compareNewestFirst));
	return published;
}

/** Published practices that match `predicate`, newest first. */
export async function getPracticesWhere(predicate: (practice: PracticeEntry) => boolean): Promise<PracticeEntry[]> {
	return (await getPublishedPractices()).filter(predicate);
}

export const getPracticesBySphere = (sphere: string) => getPracticesWhere((p) => p.data.spheres.includes(sphere));
export const getPracticesByRegion = (region: string) => getPracticesWhere((p) => p.data.region === region);
export const getPracticesByProgramme = (programme: string) => getPracticesWhere((p) => p.data.programme === programme);
export const getPracticesBySource = (source: string) => getPracticesWhere((p) => p.data.sources.includes(source));

let relatedFinder: Promise<(id: string) => PracticeEntry[]> | undefined;

/** Practices related to `practice`, best first (see createRelatedFinder). */
export async function getRelatedPractices(practice: PracticeEntry): Promise<PracticeEntry[]> {
	relatedFinder ??= getPublishedPractices().then((list) => {
		const find = createRelatedFinder(
			list.map((p) => ({
				id: p.id,
				spheres: p.data.spheres,
				region: p.data.region,
				programme: p.data.programme,
				text: `${p.data.title} ${p.data.summary}`,
			})),
		);
		const byId = new Map(list.map((p) => [p.id, p]));
		return (id: string) => find(id).flatMap((relatedId) => byId.get(relatedId) ?? []);
	});
	return (await relatedFinder)(practice.id);
}

/** How many published practices each key has; `keysOf` lists a practice's keys (e.g. its spheres). */
export async function countPracticesBy(keysOf: (practice: PracticeEntry) => readonly (string | undefined)[]): Promise<Map<string, number>> {
	const counts = new Map<string, number>();
	for (const practice of await getPublishedPractices()) {
		for (const key of keysOf(practice)) if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	return counts;
}
