import path from 'node:path';
import type { NamedItem } from '../schemas/named-items.ts';
import { CONTENT_FILES } from './content-dir.ts';
import { readYamlList } from './read-taxonomies.ts';

export { resolveNamedValue as resolveTaxonomyValue, type NamedItem, type Resolution } from '../schemas/named-items.ts';

/** Regions, spheres, programmes or mechanisms with their names and aliases, read from the content tree. */
export function readNamedItems(contentDir: string, kind: 'regions' | 'spheres' | 'programmes' | 'mechanisms'): NamedItem[] {
	return readYamlList(path.join(contentDir, CONTENT_FILES[kind])).flatMap((item) => {
		const { id, name, short, aliases } = (item ?? {}) as Partial<NamedItem>;
		if (typeof id !== 'string' || typeof name !== 'string') return [];
		const labels = Array.isArray(aliases) ? aliases.filter((alias): alias is string => typeof alias === 'string') : [];
		return [{ id, name, ...(short ? { short } : {}), ...(labels.length ? { aliases: labels } : {}) }];
	});
}
