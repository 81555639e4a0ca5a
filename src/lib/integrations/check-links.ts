import fs from 'node:fs';
import path from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];

/** One broken thing in a built site. */
export interface LinkProblem {
	page: string;
	problem: string;
}

function elementsOf(node: Node, out: Element[] = []): Element[] {
	if ('tagName' in node) out.push(node);
	if ('childNodes' in node) for (const child of node.childNodes) elementsOf(child as Node, out);
	return out;
}

const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;

/** The file a site path is served from (directory URLs → index.html), if it exists. */
function fileFor(siteDir: string, pathname: string): string | undefined {
	const target = path.join(siteDir, decodeURIComponent(pathname));
	if (fs.existsSync(target) && fs.statSync(target).isFile()) return target;
	const index = path.join(target, 'index.html');
	return fs.existsSync(index) ? index : undefined;
}

/**
 * Checks a built site the way a reader would meet it: every internal link, stylesheet, script
 * and image resolves to a file, every `#anchor` names an element on its target page, and every
 * image has alt text. External links are not fetched (the build has no network).
 */
export function checkLinks(siteDir: string): LinkProblem[] {
	const pages = fs
		.readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith('.html') && !name.startsWith('pagefind'));
	const idsCache = new Map<string, Set<string>>();
	const parsed = new Map<string, Element[]>();
	const elementsFor = (file: string) => {
		if (!parsed.has(file)) parsed.set(file, elementsOf(parse(fs.readFileSync(file, 'utf8'))));
		return parsed.get(file)!;
	};
	const idsOf = (file: string) => {
		if (!idsCache.has(file)) idsCache.set(file, new Set(elementsFor(file).flatMap((e) => attr(e, 'id') ?? [])));
		return idsCache.get(file)!;
	};

	const problems: LinkProblem[] = [];
	for (const name of pages) {
		const file = path.join(siteDir, name);
		const pageUrl = new URL(
			`/${name
				.split(path.sep)
				.join('/')
				.replace(/index\.html$/, '')}`,
			'http://site.invalid',
		);
		for (const element of elementsFor(file)) {
			if (element.tagName === 'img' && !attr(element, 'alt')?.trim())
				problems.push({ page: pageUrl.pathname, problem: `<img> без alt: ${attr(element, 'src')}` });
			const reference = attr(element, 'href') ?? attr(element, 'src');
			if (!reference || !['a', 'link', 'script', 'img', 'source', 'iframe'].includes(element.tagName)) continue;
			const target = new URL(reference, pageUrl);
			if (target.origin !== pageUrl.origin) continue;
			const targetFile = fileFor(siteDir, target.pathname);
			if (!targetFile) {
				problems.push({ page: pageUrl.pathname, problem: `ссылка на несуществующее ${reference}` });
				continue;
			}
			const anchor = decodeURIComponent(target.hash.slice(1));
			if (anchor && targetFile.endsWith('.html') && !idsOf(targetFile).has(anchor)) {
				problems.push({ page: pageUrl.pathname, problem: `якорь #${anchor} не найден на ${target.pathname}` });
			}
		}
	}
	return problems;
}
