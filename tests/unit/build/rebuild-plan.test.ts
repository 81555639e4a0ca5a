import { describe, expect, it } from 'vitest';
import { planRebuild, type BuildManifest } from '../../../scripts/build/rebuild-plan.ts';

/** A manifest whose practice files have these bodies and frontmatter. */
const manifest = (practices: Record<string, [string, string]>, fingerprint = 'code'): BuildManifest => ({
	fingerprint,
	practices: Object.fromEntries(
		Object.entries(practices).map(([file, [body, frontmatter]]) => [file, `---\n${frontmatter}\n---\n\n${body}\n`]),
	),
});

describe('planRebuild', () => {
	const before = manifest({ 'a.mdx': ['a1', 'fa'], 'b.mdx': ['b1', 'fb'] });

	it('keeps the output but for the entries whose text alone changed', () => {
		expect(planRebuild(before, manifest({ 'a.mdx': ['a2', 'fa'], 'b.mdx': ['b1', 'fb'] }), true)).toEqual({
			kind: 'bodies',
			files: ['a.mdx'],
		});
		expect(planRebuild(before, before, true)).toEqual({ kind: 'bodies', files: [] });
	});

	it('builds everything when anything but a text changed, or there is nothing to keep', () => {
		const cases: [BuildManifest | undefined, BuildManifest, boolean][] = [
			[undefined, before, true],
			[before, before, false],
			[before, { ...before, fingerprint: 'other code' }, true],
			[before, manifest({ 'a.mdx': ['a2', 'fa2'], 'b.mdx': ['b1', 'fb'] }), true],
			[before, manifest({ 'a.mdx': ['a1', 'fa'] }), true],
			[before, manifest({ 'a.mdx': ['a1', 'fa'], 'b.mdx': ['b1', 'fb'], 'c.mdx': ['c1', 'fc'] }), true],
		];
		for (const [previous, current, hasOutput] of cases) expect(planRebuild(previous, current, hasOutput).kind).toBe('full');
	});

	it('builds everything when too many texts changed to be worth keeping the rest', () => {
		const files = Array.from({ length: 150 }, (_, i) => `p${i}.mdx`);
		const old = manifest(Object.fromEntries(files.map((file) => [file, ['old', 'f']])));
		const edited = manifest(Object.fromEntries(files.map((file) => [file, ['new', 'f']])));
		expect(planRebuild(old, edited, true)).toMatchObject({ kind: 'full', reason: expect.stringContaining('150') });
	});
});
