import type { Hash } from 'node:crypto';
import fs from 'node:fs';
import { findPackageJSON } from 'node:module';
import path from 'node:path';

/**
 * Feeds `hash` with every file under `entries` (files or folders, relative to `root`), each by its
 * relative name and its bytes, in a stable order; a missing entry adds nothing. Every cache the
 * build keeps between runs (rendered bodies, preview images, the check's results, the rebuild
 * manifest) keys on what it was made by through this.
 */
export function hashFiles(hash: Hash, root: string, entries: readonly string[]): Hash {
	for (const entry of entries) {
		const full = path.join(root, entry);
		if (!fs.existsSync(full)) continue;
		if (fs.statSync(full).isFile()) hash.update(entry).update(fs.readFileSync(full));
		else
			hashFiles(
				hash,
				root,
				fs
					.readdirSync(full)
					.sort()
					.map((name) => path.join(entry, name)),
			);
	}
	return hash;
}

/** The installed version of a package, as a module at `from` resolves it (package.json need not be exported). */
export function packageVersion(name: string, from: string | URL): string {
	const manifest = findPackageJSON(name, from);
	if (!manifest) throw new Error(`${name}: package.json not found`);
	return (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string }).version;
}
