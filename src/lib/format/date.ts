import type { PartialDate } from '../schemas/partial-date.ts';

// UTC everywhere: a build on a machine in another time zone must print the same day.
const dayFormat = new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('ru-RU', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A date as precisely as it is known: `12 апреля 2024 г.`, `апрель 2024 г.`, `2024 г.`. */
export function formatPartialDate(date: PartialDate): string {
	const utc = new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
	if (date.precision === 'day') return dayFormat.format(utc);
	if (date.precision === 'month') return monthFormat.format(utc);
	return `${date.year} г.`;
}

/** The first day a partial date may mean, for machine-readable fields (`<time datetime>`, feeds). */
export function toIsoDate(date: PartialDate): string {
	return date.iso;
}
