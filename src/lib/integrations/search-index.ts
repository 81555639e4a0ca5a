import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { linkFile } from '../link-file.ts';
import { hashedIndexFiles, usedIndexFiles } from './pagefind-files.ts';

/** Summary of one indexing run, for the build log and the benchmark. */
export interface SearchIndexReport {
	pages: number;
	outputPath: string;
}

export interface SearchIndexOptions {
	/**
	 * The previous build's index folder (a rebuild). Pagefind names its fragments and chunks by a
	 * hash of their content and does not write one that exists; starting from the previous files
	 * it compresses and writes only what changed, half its writing time for a one-page edit. The
	 * files the new index does not use are removed, so the folder is what a clean run writes.
	 * (A new file whose 7-hex-digit name equals an old file's would be kept in its old form: with
	 * a few new files against a thousand old, about one rebuild in 250,000.)
	 */
	previous?: string;
}

/**
 * Indexes a built site with Pagefind. Only elements marked `data-pagefind-body` (the practice
 * articles) are indexed, so navigation, footers and related-practice lists never match.
 * Fails loudly: a site whose search silently lost entries would be worse than no build.
 */
export async function buildSearchIndex(siteDir: string, options: SearchIndexOptions = {}): Promise<SearchIndexReport> {
	const outputPath = path.join(siteDir, 'pagefind');
	// Only the hashed files are linked: Pagefind writes the others (its scripts, the entry file)
	// in place every run, and a linked one would change the previous output with it.
	if (options.previous) {
		for (const file of hashedIndexFiles(options.previous)) {
			fs.mkdirSync(path.dirname(path.join(outputPath, file)), { recursive: true });
			linkFile(path.join(options.previous, file), path.join(outputPath, file));
		}
	}
	try {
		const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ru' });
		if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
		// Only practice pages carry data-pagefind-body; reading the other 1,300-odd pages of a
		// 1,000-entry site only to find that out took a third of a second.
		const added = await index.addDirectory({ path: siteDir, glob: 'practices/*/index.html' });
		if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
		const written = await index.writeFiles({ outputPath });
		if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
		if (options.previous) {
			const used = usedIndexFiles(outputPath);
			for (const file of hashedIndexFiles(outputPath)) if (!used.has(file)) fs.rmSync(path.join(outputPath, file));
		}
		return { pages: countIndexedPages(outputPath), outputPath };
	} finally {
		await pagefind.close();
	}
}

/**
 * How many pages an index holds. `addDirectory` counts every HTML file it read; the entry file
 * counts what was indexed (pages with data-pagefind-body), the number that must match the entries.
 */
export function countIndexedPages(outputPath: string): number {
	const entry = JSON.parse(fs.readFileSync(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
		languages: Record<string, { page_count: number }>;
	};
	return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}
