import { parseFrontmatter } from '@astrojs/markdown-remark';

/** A practice file's raw frontmatter and its trimmed body, as the MDX integration reads them. */
export interface ParsedPracticeFile {
	frontmatter: Record<string, unknown>;
	body: string;
}

/**
 * Parses of this process, by file path and text. The site's config (the sitemap's dates), the
 * frontmatter-only collection and the collection with bodies all read every practice file: each
 * is loaded through its own module graph, so they share the parses on a global, and a file is
 * parsed once per build rather than three times. A file whose text changed is parsed again.
 */
const CACHE = Symbol.for('municipal-practices.parsed-practice-files');

export function parsePracticeFile(filePath: string, contents: string): ParsedPracticeFile {
	const global = globalThis as { [CACHE]?: Map<string, { contents: string; parsed: ParsedPracticeFile }> };
	const cache = (global[CACHE] ??= new Map());
	const hit = cache.get(filePath);
	if (hit?.contents === contents) return hit.parsed;
	// The frontmatter's lines become blank lines, so positions in the body keep their file line numbers.
	const { frontmatter, content } = parseFrontmatter(contents, { frontmatter: 'empty-with-spaces' });
	const parsed = { frontmatter, body: content.trim() };
	cache.set(filePath, { contents, parsed });
	return parsed;
}
