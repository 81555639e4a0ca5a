import { formatRubles } from '../format/money.ts';
import { costPartsDisagree, PAYERS, type Cost, type Payer } from '../schemas/cost.ts';

/** Search facets of a practice's money: who paid, and the band of the stated total. */
export const COST_BANDS = {
	'under-1m': 'до 1 млн ₽',
	'1m-10m': '1–10 млн ₽',
	'over-10m': 'больше 10 млн ₽',
} as const;
export type CostBand = keyof typeof COST_BANDS;

/** How the search names each payer as a filter: «с вкладом жителей» reads better than «жители». */
export const PAYER_FACET_LABELS: Record<Payer, string> = {
	federal: 'федеральный бюджет',
	regional: 'региональный бюджет',
	municipal: 'местный бюджет',
	residents: 'с вкладом жителей',
	business: 'с вкладом бизнеса и спонсоров',
	grant: 'грант или премия',
	other: 'другие источники',
};

/**
 * The band of a stated total; none without one (the parts are never summed into a total). «Более»
 * or «свыше» a band's upper edge puts it in the next band.
 */
export function costBand(cost: Cost | undefined): CostBand | undefined {
	if (cost?.total === undefined) return undefined;
	const above = cost.qualifier === 'более' || cost.qualifier === 'свыше';
	if (cost.total < 1e6 || (cost.total === 1e6 && !above)) return 'under-1m';
	if (cost.total < 1e7 || (cost.total === 1e7 && !above)) return '1m-10m';
	return 'over-10m';
}

/** The payers a cost names, each once, in the order stated. */
export function payersOf(cost: Cost | undefined): Payer[] {
	return [...new Set((cost?.parts ?? []).map((part) => part.payer))];
}

/** A sum with the source's qualifier before it: «около 1,5 млн ₽». */
const amountText = (amount: number, qualifier?: string) => `${qualifier ? `${qualifier} ` : ''}${formatRubles(amount)}`;

export interface CostLine {
	label: string;
	amount?: string;
	note?: string;
}

/** What the page's cost box says: the total, then each part by payer, as stated. */
export function costLines(cost: Cost): { total?: string; year?: number; planned: boolean; parts: CostLine[]; disagree: boolean } {
	return {
		planned: cost.planned === true,
		total: cost.total === undefined ? undefined : amountText(cost.total, cost.qualifier),
		year: cost.year,
		parts: (cost.parts ?? []).map((part) => ({
			label: PAYERS[part.payer],
			amount: part.amount === undefined ? undefined : amountText(part.amount, part.qualifier),
			note: part.note,
		})),
		disagree: costPartsDisagree(cost),
	};
}
