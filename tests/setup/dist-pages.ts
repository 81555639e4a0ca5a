import fs from 'node:fs';
import path from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** A built HTML page, parsed once, with the look-ups the build tests need. */
export interface BuiltPage {
	/** Site path, e.g. `/practices/biysk/`. */
	url: string;
	file: string;
	html: string;
	elements: Element[];
	attr(element: Element, name: string): string | undefined;
	text(element: Element): string;
	/** Elements with this tag name. */
	byTag(tag: string): Element[];
	/** Elements with this tag name inside `element`. */
	within(element: Element, tag: string): Element[];
	/** `href`s of `<a>` elements inside `within` (default: the whole page). */
	links(within?: Element): string[];
}

function walk(node: Node, out: Element[]): void {
	if ('tagName' in node) out.push(node);
	const children = 'content' in node && node.nodeName === 'template' ? [node.content] : 'childNodes' in node ? node.childNodes : [];
	for (const child of children) walk(child as Node, out);
}

function textOf(node: Node): string {
	if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
	return 'childNodes' in node ? node.childNodes.map((child) => textOf(child as Node)).join('') : '';
}

/** Site path of a built file: `practices/x/index.html` → `/practices/x/`. */
export function urlOfFile(siteDir: string, file: string): string {
	const relative = path.relative(siteDir, file).split(path.sep).join('/');
	return `/${relative.replace(/(^|\/)index\.html$/, '$1')}`;
}

export function readPage(siteDir: string, file: string): BuiltPage {
	const html = fs.readFileSync(file, 'utf8');
	const elements: Element[] = [];
	walk(parse(html), elements);
	const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;
	return {
		url: urlOfFile(siteDir, file),
		file,
		html,
		elements,
		attr,
		text: textOf,
		byTag: (tag) => elements.filter((element) => element.tagName === tag),
		within(element, tag) {
			const scope: Element[] = [];
			walk(element, scope);
			return scope.filter((e) => e.tagName === tag);
		},
		links(within) {
			const scope: Element[] = [];
			if (within) walk(within, scope);
			return (within ? scope : elements).filter((e) => e.tagName === 'a').flatMap((e) => attr(e, 'href') ?? []);
		},
	};
}

/**
 * Every reader's page of a built site: not Pagefind's own assets, and not the editors' form at
 * /admin/, which is no page of the site (tests/build/admin.test.ts checks it keeps out of the rest).
 */
export function listHtmlFiles(siteDir: string): string[] {
	return fs
		.readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith('.html') && !name.startsWith('pagefind') && !name.startsWith('admin'))
		.map((name) => path.join(siteDir, name))
		.sort();
}

/** Every page of a built site, parsed, keyed by site path. */
export function readSite(siteDir: string): Map<string, BuiltPage> {
	return new Map(
		listHtmlFiles(siteDir).map((file) => {
			const page = readPage(siteDir, file);
			return [page.url, page];
		}),
	);
}

/** Practice ids whose pages exist in a built site. */
export function builtPracticeIds(siteDir: string): string[] {
	return [...readSite(siteDir).keys()]
		.map((url) => /^\/practices\/([^/]+)\/$/.exec(url)?.[1])
		.filter((id): id is string => id !== undefined && id !== 'page')
		.sort();
}

/** Every file of a folder with its content (base64), to prove two outputs equal or one unchanged. */
export function snapshot(dir: string): Map<string, string> {
	return new Map(
		fs
			.readdirSync(dir, { recursive: true, encoding: 'utf8' })
			.filter((name) => fs.statSync(path.join(dir, name)).isFile())
			.map((name) => [name, fs.readFileSync(path.join(dir, name)).toString('base64')]),
	);
}
