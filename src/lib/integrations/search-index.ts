import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';

/** Summary of one indexing run, for the build log and the benchmark. */
export interface SearchIndexReport {
	pages: number;
	outputPath: string;
}

/**
 * Indexes a built site with Pagefind. Only elements marked `data-pagefind-body` (the practice
 * articles) are indexed, so navigation, footers and related-practice lists never match.
 * Fails loudly: a site whose search silently lost entries would be worse than no build.
 */
export async function buildSearchIndex(siteDir: string): Promise<SearchIndexReport> {
	const outputPath = path.join(siteDir, 'pagefind');
	try {
		const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ru' });
		if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
		// Only practice pages carry data-pagefind-body; reading the other 1,300-odd pages of a
		// 1,000-entry site only to find that out took a third of a second.
		const added = await index.addDirectory({ path: siteDir, glob: 'practices/*/index.html' });
		if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
		const written = await index.writeFiles({ outputPath });
		if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
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
