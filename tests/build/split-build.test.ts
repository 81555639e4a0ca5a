import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { differingFiles } from '../../scripts/lib/compare-trees.ts';
import { snapshot } from '../setup/dist-pages.ts';
import { CORPUS_SIZE } from '../setup/global-setup.ts';
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

// The generated corpus the other tests read is built in four runs (tests/setup/global-setup.ts);
// built in one run it must be the same site.
describe('a split build of the generated corpus', () => {
	it('publishes the very files a single run does, byte for byte, search index included', () => {
		const single = buildSite('corpus-single-run', path.join(ROOT, '.build', `corpus-${CORPUS_SIZE}`));
		expect(differingFiles(inject('corpusDir'), single)).toEqual([]);
	});
});
