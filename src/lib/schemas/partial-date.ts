import { z } from 'astro/zod';

/** How much of a date the source states. */
export type DatePrecision = 'year' | 'month' | 'day';

/** A date known to a year, a month or a day, as precisely as the source states it. */
export interface PartialDate {
	year: number;
	month?: number;
	day?: number;
	precision: DatePrecision;
	/** Canonical text form: `2024`, `2024-04` or `2024-04-12`. Sorts correctly as a string. */
	iso: string;
}

/** `2024`, `2024-04` or `2024-04-12`; the form at /admin/ and the YAML writer test the same pattern. */
export const PARTIAL_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export const PARTIAL_DATE_HINT = 'дата в виде ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД (например, 2024, 2024-04 или 2024-04-12)';

/**
 * YAML parsers turn `2024-04-12` into a Date and `2024` into a number; editors should not
 * have to quote them, so both are brought back to text before the pattern is checked.
 */
export function toDateText(input: unknown): unknown {
	if (input instanceof Date && !Number.isNaN(input.getTime())) return input.toISOString().slice(0, 10);
	if (typeof input === 'number') return String(input);
	return input;
}

/** Parses `2024`, `2024-04` or `2024-04-12`; returns undefined for anything else or an impossible day. */
export function parsePartialDate(text: string): PartialDate | undefined {
	const match = PARTIAL_DATE_PATTERN.exec(text);
	if (!match) return undefined;
	const year = Number(match[1]);
	const month = match[2] === undefined ? undefined : Number(match[2]);
	const day = match[3] === undefined ? undefined : Number(match[3]);
	if (month !== undefined && (month < 1 || month > 12)) return undefined;
	if (month !== undefined && day !== undefined) {
		const probe = new Date(Date.UTC(year, month - 1, day));
		if (probe.getUTCMonth() !== month - 1 || day < 1) return undefined;
	}
	const precision: DatePrecision = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
	return { year, month, day, precision, iso: text };
}

/** A date with explicit precision: `2024`, `2024-04` or `2024-04-12`. */
export const PartialDateSchema = z.preprocess(
	toDateText,
	z.string({ error: `ожидается ${PARTIAL_DATE_HINT}` }).transform((text, ctx) => {
		const date = parsePartialDate(text.trim());
		if (!date) {
			ctx.addIssue({ code: 'custom', message: `«${text}» — не дата; ожидается ${PARTIAL_DATE_HINT}` });
			return z.NEVER;
		}
		return date;
	}),
);

/** A full calendar day, `YYYY-MM-DD`: used for the editorial dates `added` and `updated`. */
export const DaySchema = PartialDateSchema.refine((date) => date.precision === 'day', {
	message: 'нужна полная дата ГГГГ-ММ-ДД (например, 2026-11-22)',
});
