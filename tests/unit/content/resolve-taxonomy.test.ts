import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readNamedItems, resolveTaxonomyValue } from '../../../src/lib/content/resolve-taxonomy.ts';

const CONTENT = path.resolve(import.meta.dirname, '../../../content');

describe('resolveTaxonomyValue', () => {
	const regions = readNamedItems(CONTENT, 'regions');
	const spheres = readNamedItems(CONTENT, 'spheres');

	it('reads every region with its name', () => {
		expect(regions).toHaveLength(89);
		expect(regions.find((region) => region.id === 'tyumen-oblast')?.name).toBe('Тюменская область');
	});

	it.each([
		['tyumen-oblast', 'tyumen-oblast'],
		['Тюменская область', 'tyumen-oblast'],
		['  тюменская   область ', 'tyumen-oblast'],
		['Кузбасс', 'kemerovo-oblast'],
	])('resolves «%s» to %s', (input, id) => {
		expect(resolveTaxonomyValue(input, regions)).toEqual({ id });
	});

	it('resolves a sphere by its name, ё or е alike', () => {
		expect(resolveTaxonomyValue('ЖКХ', spheres)).toEqual({ id: 'housing-utilities' });
		expect(resolveTaxonomyValue('тко и уборка', spheres)).toEqual({ id: 'waste' });
	});

	it('names the nearest value on a typo, and nothing when nothing is near', () => {
		expect(resolveTaxonomyValue('Тюменская облать', regions)).toEqual({ nearest: expect.objectContaining({ id: 'tyumen-oblast' }) });
		expect(resolveTaxonomyValue('altai-kray', regions)).toEqual({ nearest: expect.objectContaining({ id: 'altai-krai' }) });
		expect(resolveTaxonomyValue('Атлантида', regions)).toEqual({});
	});
});
