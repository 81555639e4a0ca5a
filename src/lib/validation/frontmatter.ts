/** An MDX file split into its YAML frontmatter and body. */
export interface SplitMdx {
	/** Frontmatter text without the `---` fences; undefined when the file has none. */
	frontmatter?: string;
	/** Line of the file where the frontmatter text starts (the line after the opening fence). */
	frontmatterLine: number;
	body: string;
	/** Line of the file where the body starts. */
	bodyLine: number;
	/** The file opens a frontmatter block with `---` and never closes it. */
	unclosed?: boolean;
}

const FENCE = /^---\s*$/;

/** Splits an MDX source at its `---` fences, keeping line numbers for error messages. */
export function splitMdx(source: string): SplitMdx {
	const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
	if (!FENCE.test(lines[0] ?? '')) return { frontmatterLine: 1, body: source, bodyLine: 1 };
	const end = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
	if (end === -1) return { frontmatterLine: 2, body: '', bodyLine: lines.length + 1, unclosed: true };
	return {
		frontmatter: lines.slice(1, end).join('\n'),
		frontmatterLine: 2,
		body: lines.slice(end + 1).join('\n'),
		bodyLine: end + 2,
	};
}
