import { getCollection } from 'astro:content';
import type { MechanismEntry, ProgrammeEntry, RegionEntry, SourceEntry, SphereEntry } from './get-practices.ts';

export interface Taxonomies {
	regions: Map<string, RegionEntry['data']>;
	spheres: Map<string, SphereEntry['data']>;
	programmes: Map<string, ProgrammeEntry['data']>;
	mechanisms: Map<string, MechanismEntry['data']>;
	/** Mechanisms in the order of content/mechanisms.yaml. */
	mechanismList: MechanismEntry['data'][];
	sources: Map<string, SourceEntry['data']>;
	/** Spheres in the order of content/spheres.yaml, which puts the programme's own list first. */
	sphereList: SphereEntry['data'][];
	/** Regions in the order of content/regions.yaml (by federal district). */
	regionList: RegionEntry['data'][];
}

let cached: Promise<Taxonomies> | undefined;

async function load(): Promise<Taxonomies> {
	const [regions, spheres, programmes, mechanisms, sources] = await Promise.all([
		getCollection('regions'),
		getCollection('spheres'),
		getCollection('programmes'),
		getCollection('mechanisms'),
		getCollection('sources'),
	]);
	const toMap = <T extends { id: string }>(list: { id: string; data: T }[]) =>
		new Map(list.map((entry) => [entry.id, entry.data]));
	return {
		regions: toMap(regions),
		spheres: toMap(spheres),
		programmes: toMap(programmes),
		mechanisms: toMap(mechanisms),
		mechanismList: mechanisms.map((entry) => entry.data),
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
