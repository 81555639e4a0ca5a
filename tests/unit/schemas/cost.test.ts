import { describe, expect, it } from 'vitest';
import { costBand, costLines, payersOf } from '../../../src/lib/content/cost-view.ts';
import { formatRubles } from '../../../src/lib/format/money.ts';
import { costPartsDisagree, createPracticeSchema, CostSchema } from '../../../src/lib/schemas/index.ts';
import { FIXTURE_IDS, validPractice } from '../../fixtures/taxonomy-ids.ts';

const afanasyevsky = {
	total: 350100,
	year: 2023,
	parts: [
		{ payer: 'regional', amount: 189645, note: 'областная субсидия' },
		{ payer: 'municipal', amount: 140000 },
		{ payer: 'residents', amount: 18000 },
		{ payer: 'business', amount: 10000 },
	],
};

describe('CostSchema', () => {
	it('takes a total, its year and its parts by payer, with the qualifiers sources use', () => {
		expect(CostSchema.safeParse(afanasyevsky).success).toBe(true);
		expect(CostSchema.safeParse({ total: 1_500_000, qualifier: 'около' }).success).toBe(true);
		expect(CostSchema.safeParse({ parts: [{ payer: 'residents', note: 'собрали жители' }] }).success).toBe(true);
	});

	it('refuses a cost with neither total nor parts, an unknown payer, a part with neither sum nor note, a sum as text', () => {
		const message = (value: unknown) => CostSchema.safeParse(value).error?.issues[0]?.message;
		expect(message({ year: 2023 })).toBe('укажите общую сумму (total) или части по плательщикам (parts)');
		expect(message({ parts: [{ payer: 'sponsor', amount: 1 }] })).toMatch(/^ожидается один из плательщиков: federal, regional/);
		expect(message({ parts: [{ payer: 'municipal' }] })).toMatch(/нужно пояснение \(note\)/);
		expect(message({ total: '350,1 тыс.' })).toMatch(/350100/);
		expect(message({ total: 100, qualifier: 'примерно' })).toMatch(/^ожидается одно из: около, более/);
	});

	it('is a field of the practice and of nothing else', () => {
		const schema = createPracticeSchema(FIXTURE_IDS);
		expect(schema.safeParse({ ...validPractice(), cost: afanasyevsky, mechanisms: ['initiative-budgeting'] }).success).toBe(true);
		expect(schema.safeParse({ ...validPractice(), mechanisms: ['barter'] }).error?.issues[0]?.message).toMatch(
			/«barter» нет в content\/mechanisms\.yaml/,
		);
	});
});

describe('costPartsDisagree', () => {
	it('flags stated parts that do not add up to the stated total, as the Afanasyevsky page gives them', () => {
		expect(costPartsDisagree(CostSchema.parse(afanasyevsky))).toBe(true);
		expect(
			costPartsDisagree(
				CostSchema.parse({
					total: 2_250_000,
					parts: [
						{ payer: 'regional', amount: 1_500_000 },
						{ payer: 'municipal', amount: 750_000 },
					],
				}),
			),
		).toBe(false);
	});

	it('does not compare what the source leaves open: a qualified sum, a part without one, no total', () => {
		expect(costPartsDisagree(CostSchema.parse({ total: 100, qualifier: 'около', parts: [{ payer: 'regional', amount: 10 }] }))).toBe(false);
		expect(
			costPartsDisagree(
				CostSchema.parse({
					total: 100,
					parts: [
						{ payer: 'regional', amount: 10 },
						{ payer: 'residents', note: 'труд' },
					],
				}),
			),
		).toBe(false);
		expect(costPartsDisagree(CostSchema.parse({ parts: [{ payer: 'regional', amount: 10 }] }))).toBe(false);
	});
});

describe('the cost as shown and filtered', () => {
	it('writes each sum as stated, with its qualifier, whole millions in words', () => {
		expect(formatRubles(189645)).toBe('189\u00a0645\u00a0₽');
		expect(formatRubles(1_500_000)).toBe('1,5 млн ₽');
		expect(formatRubles(10_400_000_000)).toBe('10,4 млрд ₽');
		const lines = costLines(CostSchema.parse({ ...afanasyevsky, qualifier: 'около' }));
		expect(lines.total).toBe('около 350\u00a0100\u00a0₽');
		expect(lines.parts[0]).toEqual({ label: 'региональный бюджет', amount: '189\u00a0645\u00a0₽', note: 'областная субсидия' });
	});

	it('puts a stated total in a band, and a cost without a total in none (parts are never summed)', () => {
		expect(costBand(CostSchema.parse({ total: 350100 }))).toBe('under-1m');
		expect(costBand(CostSchema.parse({ total: 1_000_000 }))).toBe('under-1m');
		expect(costBand(CostSchema.parse({ total: 1_000_000, qualifier: 'более' }))).toBe('1m-10m');
		expect(costBand(CostSchema.parse({ total: 28_000_000 }))).toBe('over-10m');
		expect(costBand(CostSchema.parse({ parts: [{ payer: 'regional', amount: 50_000_000 }] }))).toBeUndefined();
		expect(payersOf(CostSchema.parse(afanasyevsky))).toEqual(['regional', 'municipal', 'residents', 'business']);
	});
});
