import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import type { GlossaryTerm } from '../schemas/glossary.ts';

const SKIP = new Set(['a', 'abbr', 'code', 'pre', 'script', 'style']);

/**
 * Rehype plugin: wraps the first use of each glossary abbreviation in an entry's body in
 * `<abbr title="full form">`, so a reader who does not know «КРТ» gets the expansion in place.
 */
export function rehypeAbbreviations(options: { glossary: readonly GlossaryTerm[] }) {
	const byTerm = new Map(options.glossary.map((item) => [item.term, item.full]));
	if (byTerm.size === 0) return () => {};
	const pattern = new RegExp(`(^|[^А-ЯЁа-яё])(${[...byTerm.keys()].join('|')})(?=$|[^А-ЯЁа-яё])`, 'u');

	return (tree: Root) => {
		const used = new Set<string>();

		const split = (node: Text): ElementContent[] => {
			const out: ElementContent[] = [];
			let rest = node.value;
			for (let match = pattern.exec(rest); match; match = pattern.exec(rest)) {
				const term = match[2]!;
				const start = match.index + match[1]!.length;
				if (used.has(term)) {
					out.push({ type: 'text', value: rest.slice(0, start + term.length) });
				} else {
					used.add(term);
					out.push({ type: 'text', value: rest.slice(0, start) });
					out.push({
						type: 'element',
						tagName: 'abbr',
						properties: { title: byTerm.get(term)! },
						children: [{ type: 'text', value: term }],
					});
				}
				rest = rest.slice(start + term.length);
			}
			if (rest) out.push({ type: 'text', value: rest });
			return out;
		};

		const walk = (parent: Root | Element) => {
			const children: (RootContent | ElementContent)[] = [];
			for (const child of parent.children) {
				if (child.type === 'text') children.push(...split(child));
				else {
					if (child.type === 'element' && !SKIP.has(child.tagName)) walk(child);
					children.push(child);
				}
			}
			parent.children = children as typeof parent.children;
		};
		walk(tree);
	};
}
