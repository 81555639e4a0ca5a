import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'devalue';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPaths } from '../../scripts/build/build-paths.ts';
import { snapshot } from '../setup/dist-pages.ts';
import { assertBuilt, buildSite, DIST, ROOT } from '../setup/sites.ts';

/** How each practice entry reached Astro's data store: rendered HTML, or an MDX module left for the compiler. */
function bodiesByPath(outDir: string): { html: string[]; mdx: string[] } {
	const store = parse(fs.readFileSync(path.join(buildPaths(ROOT, outDir).cacheDir, 'data-store.json'), 'utf8')) as Map<
		string,
		Map<string, { id: string; rendered?: unknown; deferredRender?: boolean }>
	>;
	const entries = [...store.get('practices')!.values()];
	return {
		html: entries.filter((entry) => entry.rendered && !entry.deferredRender).map((entry) => entry.id),
		mdx: entries.filter((entry) => entry.deferredRender).map((entry) => entry.id),
	};
}

// The practice loader renders plain-Markdown bodies itself instead of compiling each into a module
// (src/lib/content/practice-loader.ts). The reference is Astro's own path: every body compiled by
// @astrojs/mdx (PRACTICE_BODIES=mdx), whose pages must be the very same bytes.
describe('bodies rendered without the MDX compiler', () => {
	let referenceDir: string;

	beforeAll(() => {
		assertBuilt(DIST);
		referenceDir = buildSite('bodies-mdx-real', path.join(ROOT, 'content'), { PRACTICE_BODIES: 'mdx', OG_IMAGES: 'off' });
	});

	it('are what the MDX compiler makes of them: every page of the real site byte for byte', () => {
		const rendered = snapshot(DIST);
		const reference = snapshot(referenceDir);
		// The reference build draws no preview images; every other file must be in both.
		const pages = [...rendered.keys()].filter((name) => !name.startsWith('og/'));
		expect(pages.sort()).toEqual([...reference.keys()].sort());
		expect(pages.filter((name) => rendered.get(name) !== reference.get(name))).toEqual([]);
	});

	it('cover every entry without components, code or images; the others stay MDX modules', () => {
		const real = bodiesByPath(DIST);
		const withComponents = fs
			.readdirSync(path.join(ROOT, 'content/practices'))
			.filter((name) => /<[A-Z]/.test(fs.readFileSync(path.join(ROOT, 'content/practices', name), 'utf8')))
			.map((name) => name.replace(/\.mdx$/, ''));
		expect(real.mdx.sort()).toEqual(withComponents.sort());
		expect(real.html.length).toBeGreaterThan(0);
		expect(bodiesByPath(referenceDir).html).toEqual([]);
	});
});
