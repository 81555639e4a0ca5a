import { getCollection } from 'astro:content';
import type { ProgrammeEntry, RegionEntry, SourceEntry, SphereEntry } from './get-practices.ts';

export interface Taxonomies {
	regions: Map<string, RegionEntry['data']>;
	spheres: Map<string, SphereEntry['data']>;
	programmes: Map<string, ProgrammeEntry['data']>;
	sources: Map<string, SourceEntry['data']>;
	/** Spheres in the order of content/spheres.yaml, which puts the programme's own list first. */
	sphereList: SphereEntry['data'][];
	/** Regions in the order of content/regions.yaml (by federal district). */
	regionList: RegionEntry['data'][];
}

let cached: Promise<Taxonomies> | undefined;

async function load(): Promise<Taxonomies> {
	const [regions, spheres, programmes, sources] = await Promise.all([
		getCollection('regions'),
		getCollection('spheres'),
		getCollection('programmes'),
		getCollection('sources'),
	]);
	const toMap = <T extends { id: string }>(list: { id: string; data: T }[]) =>
		new Map(list.map((entry) => [entry.id, entry.data]));
	return {
		regions: toMap(regions),
		spheres: toMap(spheres),
		programmes: toMap(programmes),
		sources: toMap(sources),
		sphereList: spheres.map((entry) => entry.data),
		regionList: regions.map((entry) => entry.data),
	};
}

/** All taxonomies as look-up maps, loaded once per build. */
export function getTaxonomies(): Promise<Taxonomies> {
	cached ??= load();
	return cached;
}

/** A taxonomy item that must exist: the schemas guarantee it, so a miss is a bug worth a loud error. */
export function lookup<T>(map: Map<string, T>, id: string, what: string): T {
	const item = map.get(id);
	if (item === undefined) throw new Error(`Unknown ${what} "${id}": the content check should have caught this`);
	return item;
}
