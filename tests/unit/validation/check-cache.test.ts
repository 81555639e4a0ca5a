import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/validation/check-content.ts';
import { checkContentInParallel } from '../../../src/lib/validation/check-in-parallel.ts';
import { copyMinimalContent, edit } from '../../fixtures/content-tree.ts';
import { ROOT } from '../../setup/sites.ts';

const TODAY = '2026-11-22';

describe('checkContentInParallel', () => {
	it('finds what checkContent finds, in the same order, over threads', async () => {
		const content = path.join(ROOT, 'content');
		const serial = checkContent(content, { root: ROOT, today: TODAY });
		// The real content is too small for threads by default; two are forced here.
		const { result } = await checkContentInParallel(content, { root: ROOT, today: TODAY, threads: 2 });
		expect(result).toEqual(serial);
	});

	it('reuses the last results for unchanged files and checks a changed file again', async () => {
		const content = copyMinimalContent();
		const cacheFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mp-check-cache-')), 'check.json');
		const options = { root: content, today: TODAY, cacheFile };
		const first = await checkContentInParallel(content, options);
		expect(first.result.errors).toEqual([]);
		expect(fs.existsSync(cacheFile)).toBe(true);

		edit(content, 'practices/valid-practice.mdx', 'spheres: [housing-utilities]', 'spheres: [housing]');
		const broken = await checkContentInParallel(content, options);
		expect(broken.result).toEqual(checkContent(content, { root: content, today: TODAY }));
		expect(broken.result.errors.map((error) => error.field)).toContain('spheres[0]');

		// A cached result is only valid for the taxonomies it was checked against.
		edit(content, 'spheres.yaml', '- id: housing-utilities', '- id: housing');
		expect((await checkContentInParallel(content, options)).result).toEqual(checkContent(content, { root: content, today: TODAY }));
	});
});
