import { getCollection, type CollectionEntry } from 'astro:content';
import { rendersPracticePages } from './build-part.ts';
import { compareNewestFirst } from './sort-practices.ts';
import { createRelatedFinder } from './related-practices.ts';

/** A practice's id and frontmatter: all that lists, hubs, feeds and related links need. */
export type PracticeEntry = CollectionEntry<'practiceIndex'>;
/** A practice with its MDX body, which only its own page renders. */
export type PracticeDocument = CollectionEntry<'practices'>;
export type RegionEntry = CollectionEntry<'regions'>;
export type SphereEntry = CollectionEntry<'spheres'>;
export type ProgrammeEntry = CollectionEntry<'programmes'>;
export type MechanismEntry = CollectionEntry<'mechanisms'>;
export type SourceEntry = CollectionEntry<'sources'>;

// Every page of a build asks for the same lists; compute them once per build.
let published: Promise<PracticeEntry[]> | undefined;

/** Every non-draft practice, newest first. */
export function getPublishedPractices(): Promise<PracticeEntry[]> {
	published ??= getCollection('practiceIndex', (entry) => !entry.data.draft).then((list) => list.sort(compareNewestFirst));
	return published;
}

/** The non-draft practices whose pages this run renders: all, or one slice of a split build. */
export async function getRenderedPractices(): Promise<PracticeDocument[]> {
	// The listings run of a split build has no MDX entries; asking Astro for them would log a warning.
	if (!rendersPracticePages()) return [];
	return getCollection('practices', (entry) => !entry.data.draft);
}

/** Published practices that match `predicate`, newest first. */
export async function getPracticesWhere(predicate: (practice: PracticeEntry) => boolean): Promise<PracticeEntry[]> {
	return (await getPublishedPractices()).filter(predicate);
}

export const getPracticesBySphere = (sphere: string) => getPracticesWhere((p) => p.data.spheres.includes(sphere));
export const getPracticesByRegion = (region: string) => getPracticesWhere((p) => p.data.region === region);
export const getPracticesByProgramme = (programme: string) => getPracticesWhere((p) => p.data.programme === programme);
export const getPracticesByMechanism = (mechanism: string) => getPracticesWhere((p) => (p.data.mechanisms ?? []).includes(mechanism));
export const getPracticesBySource = (source: string) => getPracticesWhere((p) => p.data.sources.includes(source));

let relatedFinder: Promise<(id: string) => PracticeEntry[]> | undefined;

/** Practices related to `practice`, best first (see createRelatedFinder). */
export async function getRelatedPractices(practice: { id: string }): Promise<PracticeEntry[]> {
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
