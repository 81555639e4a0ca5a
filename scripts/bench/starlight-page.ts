import { parse, stringify } from 'yaml';

const FRONTMATTER = /^---\n([\s\S]*?)\n---\n/;

/**
 * One generated practice as a Starlight page: Starlight's frontmatter (`title`, and the entry's
 * `summary` as `description`) over the very same MDX body, so both builds compile the same text.
 */
export function toStarlightPage(entry: string): string {
	const match = FRONTMATTER.exec(entry);
	if (!match) throw new Error('A generated practice starts with YAML frontmatter between --- lines');
	const { title, summary } = parse(match[1]!) as { title?: unknown; summary?: unknown };
	if (typeof title !== 'string' || typeof summary !== 'string') throw new Error('A generated practice has a string title and summary');
	return `---\n${stringify({ title, description: summary })}---\n${entry.slice(match[0].length)}`;
}
