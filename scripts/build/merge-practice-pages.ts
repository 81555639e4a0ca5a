import fs from 'node:fs';
import path from 'node:path';
import { practicesUrl } from '../../src/lib/urls.ts';

const ASSETS = '_astro';

/**
 * Moves the practice pages a slice run rendered (see src/lib/content/build-part.ts) into the
 * site the listings run rendered, with any asset that run did not emit; the rest of the slice's
 * output (its copies of the home page, the feeds…) is the listings run's work and is dropped.
 * A page no slice moved is caught by the verification after indexing.
 */
export function mergePracticePages(partDir: string, siteDir: string, published: readonly string[]): void {
	const practicesDir = path.join(partDir, practicesUrl);
	for (const id of published) {
		const from = path.join(practicesDir, id);
		if (!fs.existsSync(from)) continue;
		const to = path.join(siteDir, practicesUrl, id);
		if (fs.existsSync(to)) throw new Error(`Страница практики ${id} собрана двумя частями сборки.`);
		fs.renameSync(from, to);
	}
	// Asset names carry a hash of their content, so a name the site already has is the same file.
	const assets = path.join(partDir, ASSETS);
	if (fs.existsSync(assets)) {
		fs.cpSync(assets, path.join(siteDir, ASSETS), { recursive: true, force: false, errorOnExist: false });
	}
	fs.rmSync(partDir, { recursive: true, force: true });
}
