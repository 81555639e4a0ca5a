import fs from 'node:fs';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { CONTENT_FILES, listPracticeFiles, practiceId } from './content-dir.ts';
import { parsePracticeFile } from './parse-practice-file.ts';

/** A practice file's id and raw frontmatter. */
export interface PracticeFrontmatter {
	id: string;
	filePath: string;
	frontmatter: Record<string, unknown>;
}

/** Every practice file's id and raw frontmatter, parsed as the MDX integration parses it. */
export function readPracticeFrontmatter(contentDir: string): PracticeFrontmatter[] {
	const practicesDir = path.join(contentDir, CONTENT_FILES.practices);
	return listPracticeFiles(contentDir).map((file) => {
		const filePath = path.join(practicesDir, file);
		return { id: practiceId(file), filePath, frontmatter: parsePracticeFile(filePath, fs.readFileSync(filePath, 'utf8')).frontmatter };
	});
}

/**
 * Loads the frontmatter of every practice file, without the MDX bodies. Lists, hubs, feeds,
 * open data and related links need nothing else, and a collection without bodies adds no
 * module to the bundle, so a run that renders every list stays small however many entries
 * there are (see build-part.ts).
 */
export function practiceFrontmatterLoader(contentDir: string): Loader {
	const practicesDir = path.join(contentDir, CONTENT_FILES.practices);
	return {
		name: 'practice-frontmatter',
		load: async ({ store, parseData, watcher }) => {
			const sync = async () => {
				store.clear();
				for (const { id, filePath, frontmatter } of readPracticeFrontmatter(contentDir)) {
					store.set({ id, data: await parseData({ id, data: frontmatter, filePath }) });
				}
			};
			await sync();
			// The dev server: an added, edited or deleted entry updates every list, as the MDX collection does.
			watcher?.add(practicesDir);
			watcher?.on('all', (_event, changed) => {
				if (changed.startsWith(practicesDir) && changed.endsWith('.mdx')) void sync();
			});
		},
	};
}
