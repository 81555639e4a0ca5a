import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { snapshot } from '../setup/dist-pages.ts';
import { assertBuilt, buildSite, DIST, ROOT } from '../setup/sites.ts';

// A large site is rendered by several Astro runs (src/lib/content/build-part.ts). Five entries a
// run splits the real content into a listings run and three slices of practice pages.
describe('a split build', () => {
	let splitDir: string;

	beforeAll(() => {
		assertBuilt(DIST);
		splitDir = buildSite('split-real', path.join(ROOT, 'content'), { PRACTICES_PER_RUN: '5' });
	});

	it('publishes the very files a single run does, byte for byte, search index included', () => {
		const whole = snapshot(DIST);
		const split = snapshot(splitDir);
		expect([...split.keys()].sort()).toEqual([...whole.keys()].sort());
		const differing = [...whole].filter(([name, content]) => split.get(name) !== content).map(([name]) => name);
		expect(differing).toEqual([]);
	});

	it('leaves no slice output behind', () => {
		expect(fs.existsSync(path.join(ROOT, '.build', 'split-real-parts'))).toBe(false);
	});
});
