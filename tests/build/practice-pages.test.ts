import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/validation/check-content.ts';
import { builtPracticeIds } from '../setup/dist-pages.ts';
import { DIST, ROOT } from '../setup/sites.ts';

describe('the built site (dist/)', () => {
	it('has a page for exactly the non-draft entries in content/', () => {
		const { practices } = checkContent(path.join(ROOT, 'content'), { root: ROOT });
		const published = practices.filter((p) => !p.draft).map((p) => p.id).sort();
		expect(published.length).toBeGreaterThanOrEqual(10);
		expect(builtPracticeIds(DIST)).toEqual(published);
	});
});
