import { Document, parse, Scalar, YAMLSeq } from 'yaml';
import { PARTIAL_DATE_PATTERN } from '../schemas/partial-date.ts';

// Writes YAML the way the hand-written content files read, and rewrites a file so that only what
// changed changes. Shared by `npm run new` and the editors' form at /admin/, so a pull request
// from either shows a diff of the edited fields alone. No Node built-ins: it runs in the browser too.

/** How the values of some keys are written, as the hand-written files do. */
export interface YamlStyle {
	/** Key order, at every level: a field's key, then the keys of the objects inside it (`results.value`). */
	order: readonly string[];
	/** Lists of slugs written on one line: `spheres: [transport, housing-utilities]`. */
	flow?: readonly string[];
	/** Long texts written as a folded block (`summary: >-`), wrapped at 100 characters. */
	folded?: readonly string[];
	/** Dates written bare (`date: 2024`, `added: 2026-11-22`), never quoted. */
	dates?: readonly string[];
}

const FOLD_WIDTH = 100;

/** True for values the editor left empty: they are written as no key at all. */
function isBlank(value: unknown): boolean {
	return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/** Keys in the style's order (unknown keys after, as given). */
function sortKeys(keys: string[], order: readonly string[], prefix: string): string[] {
	const rank = (key: string) => {
		const at = order.indexOf(prefix + key);
		return at === -1 ? order.length : at;
	};
	return keys.map((key, at) => ({ key, at })).sort((a, b) => rank(a.key) - rank(b.key) || a.at - b.at).map(({ key }) => key);
}

/**
 * Drops blank values (a form sends `''` for a field left empty), reads a date YAML took for a number
 * (`date: 2024`) as text, and puts object keys in the style's order, so two values that mean the
 * same compare equal and serialize the same.
 */
export function normalize(value: unknown, style: YamlStyle, prefix = ''): unknown {
	if (Array.isArray(value)) return value.map((item) => normalize(item, style, prefix)).filter((item) => !isBlank(item));
	if (value && typeof value === 'object' && !(value instanceof Date)) {
		const order = style.order;
		const entries = Object.entries(value as Record<string, unknown>)
			.map(([key, item]) => [key, typeof item === 'number' && style.dates?.includes(key) ? String(item) : normalize(item, style, `${prefix}${key}.`)] as const)
			.filter(([, item]) => !isBlank(item) && !(typeof item === 'object' && !Array.isArray(item) && Object.keys(item as object).length === 0));
		const byKey = new Map(entries);
		return Object.fromEntries(sortKeys([...byKey.keys()], order, prefix).map((key) => [key, byKey.get(key)]));
	}
	return value;
}

/** Structural equality of plain YAML data. */
export function sameValue(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (Array.isArray(a) || Array.isArray(b)) {
		return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
	}
	if (a && b && typeof a === 'object' && typeof b === 'object') {
		const keys = Object.keys(a);
		return keys.length === Object.keys(b).length && keys.every((key) => sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
	}
	return false;
}

/** One top-level key written as the hand-written files write it; ends with a newline. */
export function writeKey(key: string, value: unknown, style: YamlStyle): string {
	if (style.dates?.includes(key) && (typeof value === 'number' || (typeof value === 'string' && PARTIAL_DATE_PATTERN.test(value)))) {
		return `${key}: ${value}\n`;
	}
	const doc = new Document({ [key]: value });
	if (style.flow?.includes(key) && Array.isArray(value)) (doc.get(key) as YAMLSeq).flow = true;
	const folded = style.folded?.includes(key) && typeof value === 'string';
	if (folded) {
		const scalar = new Scalar(value);
		scalar.type = 'BLOCK_FOLDED';
		doc.set(key, scalar);
	}
	// Only folded texts wrap: a long title or a long source headline stays on its one line.
	return doc.toString({ lineWidth: folded ? FOLD_WIDTH : 0, singleQuote: true, flowCollectionPadding: false });
}

/** A run of lines of the original text: one top-level key (or list item) with its lines, or comments. */
interface Block {
	/** The key (or the list item's index); undefined for comments and blank lines. */
	key?: string;
	text: string;
}

/**
 * Cuts YAML text into blocks: each starts at a line that `starts` and takes the indented (or blank)
 * lines after it; comments and blank lines between blocks make blocks of their own.
 */
function splitBlocks(text: string, starts: (line: string) => string | undefined): Block[] {
	const blocks: Block[] = [];
	for (const line of text.split(/(?<=\n)/)) {
		const key = starts(line);
		const last = blocks.at(-1);
		// A blank line may sit inside a folded text, so it stays with its key until a key follows.
		if (key === undefined && last && (last.key === undefined || /^[\s-]/.test(line))) last.text += line;
		else blocks.push({ key, text: line });
	}
	// Blank lines at the end of a key's block belong between blocks, not to the key.
	return blocks.flatMap((block) => {
		const trailing = block.key === undefined ? undefined : /\n((?:[ \t]*\n)+)$/.exec(block.text);
		if (!trailing) return [block];
		return [{ key: block.key, text: block.text.slice(0, -trailing[1]!.length) }, { text: trailing[1]! }];
	});
}

const topLevelKey = (line: string) => /^([A-Za-z_][\w-]*):(?:\s|$)/.exec(line)?.[1];

/**
 * A YAML mapping as text. With the original text, every key whose value did not change keeps its
 * original lines byte for byte (its quoting, its line breaks, its place), comments stay where they
 * were, removed keys go, and a new key is written where the style's order puts it.
 */
export function writeMapping(data: Record<string, unknown>, style: YamlStyle, original?: string): string {
	const next = normalize(data, style) as Record<string, unknown>;
	const blocks = original ? splitBlocks(original, topLevelKey) : [];
	let before: Record<string, unknown> = {};
	try {
		before = original ? ((normalize(parse(original) ?? {}, style) as Record<string, unknown>) ?? {}) : {};
	} catch {
		// An original that does not parse is rewritten whole rather than patched.
		blocks.length = 0;
	}
	const out: Block[] = [];
	for (const block of blocks) {
		if (block.key === undefined) out.push(block);
		else if (block.key in next) {
			out.push(sameValue(before[block.key], next[block.key]) ? block : { key: block.key, text: writeKey(block.key, next[block.key], style) });
		}
	}
	const placed = new Set(out.flatMap((block) => (block.key === undefined ? [] : [block.key])));
	const rank = (key: string) => (style.order.includes(key) ? style.order.indexOf(key) : style.order.length);
	for (const key of sortKeys(Object.keys(next), style.order, '')) {
		if (placed.has(key)) continue;
		const block = { key, text: writeKey(key, next[key], style) };
		// Before the first key that the order puts after it; else after the last key.
		const at = out.findIndex((other) => other.key !== undefined && rank(other.key) > rank(key));
		if (at === -1) {
			const lastKey = out.findLastIndex((other) => other.key !== undefined);
			out.splice(lastKey + 1, 0, block);
		} else out.splice(at, 0, block);
		placed.add(key);
	}
	return out.map((block) => block.text).join('').replace(/([^\n])$/, '$1\n');
}

/**
 * A top-level YAML list (sources.yaml, glossary.yaml) as text. Items that did not change keep their
 * original lines; the file's leading comments stay; a changed or new item is written in `style`.
 */
export function writeList(items: readonly Record<string, unknown>[], style: YamlStyle, original?: string): string {
	const blocks = original ? splitBlocks(original, (line) => (line.startsWith('- ') ? 'item' : undefined)) : [];
	let before: unknown[] = [];
	try {
		const parsed: unknown = original ? parse(original) : [];
		before = Array.isArray(parsed) ? parsed.map((item) => normalize(item, style)) : [];
	} catch {
		blocks.length = 0;
	}
	const itemBlocks = blocks.filter((block) => block.key !== undefined);
	const lead = blocks.slice(0, blocks.findIndex((block) => block.key !== undefined) === -1 ? blocks.length : blocks.findIndex((block) => block.key !== undefined));
	const unused = new Set(itemBlocks.map((_, i) => i));
	const written = items.map((item) => {
		const value = normalize(item, style);
		// The same item anywhere in the old list keeps its text, so reordering or deleting one item
		// does not rewrite the others.
		const match = [...unused].find((i) => sameValue(before[i], value));
		if (match !== undefined && itemBlocks.length === before.length) {
			unused.delete(match);
			return itemBlocks[match]!.text.replace(/([^\n])$/, '$1\n');
		}
		const lines = Object.entries(value as Record<string, unknown>).map(([key, field]) => writeKey(key, field, style));
		return lines.map((text, i) => text.replace(/^(?=.)/gm, (_, offset: number) => (i === 0 && offset === 0 ? '- ' : '  '))).join('');
	});
	return lead.map((block) => block.text).join('') + written.join('');
}
