import { createHash } from 'node:crypto';
import { nodeTypes } from '@mdx-js/mdx';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { Nodes as HastNodes, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Nodes, Root } from 'mdast';
import rehypeRaw from 'rehype-raw';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { hashFiles, packageVersion } from '../fingerprint.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';
import { mdxBodyParser } from './mdx-body-parser.ts';
import { rehypeAbbreviations } from './rehype-abbreviations.ts';

/**
 * Nodes that only MDX's own compiler renders as the site expects: the site's components and
 * inline tags (JSX), code blocks (syntax highlighting) and images (Astro's image pipeline).
 */
const NEEDS_MDX = new Set<string>([...nodeTypes, 'code', 'image', 'imageReference']);

/** Whether a body uses anything that only the MDX compiler renders (see NEEDS_MDX). */
export function needsMdxCompiler(tree: Root): boolean {
	const visit = (node: Nodes): boolean => NEEDS_MDX.has(node.type) || ('children' in node && (node.children as Nodes[]).some(visit));
	return visit(tree);
}

export type BodyRenderer = (tree: Root, filePath: string) => RenderedBody;

/** Parses a body's text and renders it; undefined when it needs the MDX compiler. */
export function renderBodyText(render: BodyRenderer, body: string, filePath: string): RenderedBody | undefined {
	const tree = mdxBodyParser.parse(body);
	return needsMdxCompiler(tree) ? undefined : render(tree, filePath);
}

/** What the build needs of a rendered body. */
export interface RenderedBody {
	html: string;
	headings: { depth: number; slug: string; text: string }[];
}

/**
 * rehype-raw, for a tree that has raw HTML in it. It re-parses the whole tree through parse5
 * (a fifth of a body's rendering time); MDX reads HTML as JSX, which leaves a body to the MDX
 * compiler, so a body rendered here has no raw node for it to parse, and is left as it is.
 */
function rehypeRawWhereRaw(options: Parameters<typeof rehypeRaw>[0]) {
	const transform = rehypeRaw(options);
	const hasRaw = (node: HastNodes): boolean => node.type === 'raw' || ('children' in node && node.children.some(hasRaw));
	return (tree: HastRoot, file: VFile) => (hasRaw(tree) ? transform(tree, file) : tree);
}

/**
 * Renders a plain-Markdown body (one that does not need the MDX compiler) to the HTML that
 * @astrojs/mdx with `optimize` produces for it, without compiling it into a JavaScript module:
 * the same remark-rehype options, rehype-raw, the site's glossary plugin and Astro's heading
 * ids, serialised by hast-util-to-html as the optimizer serialises static trees. A build then
 * bundles no module per entry; tests/build/body-rendering.test.ts holds every page byte-identical
 * to the MDX compiler's.
 */
export function createBodyRenderer(glossary: readonly GlossaryTerm[]): BodyRenderer {
	const toHast = unified()
		.use(remarkRehype, { allowDangerousHtml: true, passThrough: [...nodeTypes] })
		.use(rehypeRawWhereRaw, { passThrough: [...nodeTypes] })
		.use(rehypeAbbreviations, { glossary })
		.use(rehypeHeadingIds);
	return (tree, filePath) => {
		// The heading-id plugin reads a body's text as MDX when the file's name ends in .mdx.
		const file = new VFile({ path: filePath, data: { astro: { frontmatter: {} } } });
		const hast = toHast.runSync(tree as never, file) as unknown as HastRoot;
		const headings = (file.data as { astro?: { headings?: RenderedBody['headings'] } }).astro?.headings ?? [];
		return { html: toHtml(hast.children), headings };
	};
}

/** The packages whose code decides a body's HTML, besides this folder's. */
const RENDERING_PACKAGES = [
	'@astrojs/markdown-remark',
	'@mdx-js/mdx',
	'hast-util-to-html',
	'rehype-raw',
	'remark-gfm',
	'remark-mdx',
	'remark-rehype',
];

/**
 * Everything a rendered body depends on besides its file: this folder's code, the exact versions
 * of the packages that render, and the glossary. Astro keeps a rendered body in its data store
 * until the entry's digest changes, so the loader folds this into every digest: an edited
 * glossary or an upgraded library renders every body again instead of publishing stale HTML.
 */
export function bodyRenderingFingerprint(glossary: readonly GlossaryTerm[]): string {
	const hash = hashFiles(createHash('sha256'), import.meta.dirname, ['.']);
	for (const name of RENDERING_PACKAGES) hash.update(name).update(packageVersion(name, import.meta.url));
	return hash.update(JSON.stringify(glossary)).digest('hex');
}
