import { z } from 'astro/zod';

/** Who paid a part of a practice's cost. */
export const PAYERS = {
	federal: 'федеральный бюджет',
	regional: 'региональный бюджет',
	municipal: 'местный бюджет',
	residents: 'жители',
	business: 'бизнес и спонсоры',
	grant: 'грант или премия',
	other: 'другие источники',
} as const;
export type Payer = keyof typeof PAYERS;

/** Words a source puts before a sum; kept as stated, never dropped. */
export const AMOUNT_QUALIFIERS = ['около', 'более', 'свыше', 'до', 'порядка', 'не менее', 'предварительно'] as const;
export type AmountQualifier = (typeof AMOUNT_QUALIFIERS)[number];

const Amount = z
	.number({ error: 'ожидается сумма в рублях числом, без пробелов и единиц (350,1 тыс. рублей → 350100)' })
	.positive({ message: 'сумма должна быть больше нуля' });
const Qualifier = z.enum(AMOUNT_QUALIFIERS, { error: `ожидается одно из: ${AMOUNT_QUALIFIERS.join(', ')}` }).optional();

/** One payer's part of the cost, as the source states it. */
export const CostPartSchema = z
	.strictObject({
		/** `federal`, `regional`, `municipal`, `residents`, `business`, `grant` or `other`. */
		payer: z.enum(Object.keys(PAYERS) as [Payer, ...Payer[]], {
			error: `ожидается один из плательщиков: ${Object.keys(PAYERS).join(', ')}`,
		}),
		/** Rubles, e.g. `189645`; omitted when the source names the payer without a sum. */
		amount: Amount.optional(),
		/** `около`, `более`… when the source says so. */
		qualifier: Qualifier,
		/** The source's own words for this part, e.g. `областная субсидия`. */
		note: z.string().trim().min(1).optional(),
	})
	.refine((part) => part.amount !== undefined || part.note !== undefined, {
		message: 'у части без суммы (amount) нужно пояснение (note): кто и чем участвовал',
	});
export type CostPart = z.infer<typeof CostPartSchema>;

/** What a practice cost and who paid, only as the sources state it: nothing summed or converted. */
export const CostSchema = z
	.strictObject({
		/** The total in rubles as the source states it, e.g. `350100`. */
		total: Amount.optional(),
		/** `около`, `более`… before the total, when the source says so. */
		qualifier: Qualifier,
		/** The year the money relates to, when the source states it. */
		year: z.number().int().min(1990).max(2100).optional(),
		/** `true` when the sums are a plan or a budget the source gives, not money reported as spent. */
		planned: z.boolean().optional(),
		/** The parts by payer, in the source's order. */
		parts: z.array(CostPartSchema).optional(),
	})
	.refine((cost) => cost.total !== undefined || (cost.parts?.length ?? 0) > 0, {
		message: 'укажите общую сумму (total) или части по плательщикам (parts)',
	});
export type Cost = z.infer<typeof CostSchema>;

/**
 * Whether the stated parts fail to add up to the stated total. Only exact parts are compared
 * (a qualified or missing amount could be anything); the check warns, the page shows both as stated.
 */
export function costPartsDisagree(cost: Cost): boolean {
	const parts = cost.parts ?? [];
	if (cost.total === undefined || cost.qualifier || parts.length === 0) return false;
	if (parts.some((part) => part.amount === undefined || part.qualifier)) return false;
	const sum = parts.reduce((total, part) => total + (part.amount ?? 0), 0);
	// Sources round to hundreds of rubles («350,1 тыс.»): a difference within rounding is no disagreement.
	return Math.abs(sum - cost.total) > Math.max(1, cost.total * 0.001);
}
