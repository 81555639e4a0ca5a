import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { TaxonomyIds } from '../schemas/reference.ts';
import { CONTENT_FILES } from './content-dir.ts';
import { readNamedItems } from './resolve-taxonomy.ts';

/** Reads a taxonomy YAML file as a list; anything that is not a list is reported by the check. */
export function readYamlList(file: string): unknown[] {
	const data: unknown = parse(fs.readFileSync(file, 'utf8'));
	return Array.isArray(data) ? data : [];
}

function idsOf(items: unknown[]): string[] {
	return items.flatMap((item) =>
		item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string'
			? [(item as { id: string }).id]
			: [],
	);
}

/**
 * The slugs each taxonomy file declares. Read synchronously because the content config
 * needs them before any collection loads; an unreadable file yields no ids, so every
 * reference to it fails loudly instead of the whole tool crashing without a file name.
 */
export function readTaxonomyIds(contentDir: string): TaxonomyIds {
	const read = (name: string) => {
		try {
			return idsOf(readYamlList(path.join(contentDir, name)));
		} catch {
			return [];
		}
	};
	const named = (kind: 'regions' | 'spheres' | 'programmes' | 'mechanisms') => {
		try {
			return readNamedItems(contentDir, kind);
		} catch {
			return [];
		}
	};
	return {
		regions: read(CONTENT_FILES.regions),
		spheres: read(CONTENT_FILES.spheres),
		programmes: read(CONTENT_FILES.programmes),
		mechanisms: read(CONTENT_FILES.mechanisms),
		sources: read(CONTENT_FILES.sources),
		named: { regions: named('regions'), spheres: named('spheres'), programmes: named('programmes'), mechanisms: named('mechanisms') },
	};
}
