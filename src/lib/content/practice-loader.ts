import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { bodyRenderingFingerprint, createBodyRenderer, renderBodyText } from '../markdown/render-body.ts';
import { getGlossary } from './get-glossary.ts';
import { preparedBodiesReady, takePreparedBody } from './prepared-bodies.ts';
import { CONTENT_FILES, listPracticeFiles, practiceId } from './content-dir.ts';
import { parsePracticeFile } from './parse-practice-file.ts';
import { practiceSearchExpansions, SEARCH_EXPANSIONS, searchExpansionsFingerprint } from './practice-search-text.ts';
import { getSearchConcepts } from './get-search-concepts.ts';

export interface PracticeLoaderOptions {
	contentDir: string;
	/** The files of this run (a split build's slice), relative to the practices folder; all when absent. */
	files?: readonly string[];
	/**
	 * `mdx` sends every body through the MDX compiler, as Astro's glob loader does. The tests build
	 * the site both ways and compare every page (tests/build/body-rendering.test.ts).
	 */
	bodies?: 'auto' | 'mdx';
}

/**
 * The MDX entries whose pages this run renders. A plain-Markdown body (most entries) is rendered
 * to HTML here, once, and kept in Astro's data store by the file's digest, so the bundler gets no
 * module for it and a rebuild renders only the files that changed. A body that uses the site's
 * components, a code block or an image stays an MDX module that @astrojs/mdx compiles, exactly as
 * Astro's own glob loader would leave it. The frontmatter is validated by the collection's schema.
 */
export function practiceLoader(options: PracticeLoaderOptions): Loader {
	const practicesDir = path.join(options.contentDir, CONTENT_FILES.practices);
	return {
		name: 'practice-bodies',
		load: async ({ store, parseData, generateDigest, watcher, config }) => {
			const glossary = getGlossary(options.contentDir);
			const renderBody = createBodyRenderer(glossary);
			// A kept entry's HTML is only as fresh as the renderer and glossary it was made with.
			// So are its search expansions, made by the search's code with the thesaurus.
			const rendering = `${options.bodies ?? 'auto'}:${bodyRenderingFingerprint(glossary)}:${searchExpansionsFingerprint(options.contentDir)}`;
			// A path, not the URL's pathname: a folder name with a space or in Cyrillic is percent-encoded there.
			const root = fileURLToPath(config.root);

			const syncFile = async (file: string) => {
				const filePath = path.join(practicesDir, file);
				const id = practiceId(file);
				const contents = fs.readFileSync(filePath, 'utf8');
				const digest = generateDigest(`${rendering}\n${contents}`);
				const existing = store.get(id);
				if (existing?.digest === digest && existing.filePath) {
					// Unchanged since the last build: Astro's data store kept its data and its HTML.
					if (existing.deferredRender) store.addModuleImport(existing.filePath);
					return;
				}
				const { frontmatter, body } = parsePracticeFile(filePath, contents);
				const data = await parseData({ id, data: frontmatter, filePath });
				const relative = path.relative(root, filePath).split(path.sep).join('/');
				const entry = { id, data, filePath: relative, digest };
				// The content check of this build may have rendered the body already, from its own parse.
				const prepared = takePreparedBody(filePath, contents);
				const rendered = options.bodies === 'mdx' ? undefined : prepared ? prepared.rendered : renderBodyText(renderBody, body, filePath);
				// A rendered body's text is not kept (the page needs only its search expansions), which
				// makes the data store, and the bundle that carries it, a third smaller.
				if (rendered) {
					const expansions = practiceSearchExpansions(data as { title: string; summary: string }, body, glossary, getSearchConcepts(options.contentDir));
					store.set({ ...entry, rendered: { html: rendered.html, metadata: { headings: rendered.headings, imagePaths: [], [SEARCH_EXPANSIONS]: expansions } } });
				} else store.set({ ...entry, body, deferredRender: true });
			};

			const sync = async () => {
				// The build's content check may still be parsing the bodies that this run would otherwise parse again.
				await preparedBodiesReady();
				const files = options.files ?? listPracticeFiles(options.contentDir);
				const ids = new Set(files.map(practiceId));
				for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
				for (const file of files) await syncFile(file);
			};
			await sync();
			// The dev server: an added, edited or deleted entry is loaded again.
			watcher?.add(practicesDir);
			watcher?.on('all', (_event, changed) => {
				if (changed.startsWith(practicesDir) && changed.endsWith('.mdx')) void sync();
			});
		},
	};
}
