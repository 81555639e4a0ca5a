import type { PartialDate } from '../schemas/index.ts';

/** Whether a date, as precise as it is known, lies after `today` (`YYYY-MM-DD`). */
export function isFuture(date: PartialDate | undefined, today: string): boolean {
	return date !== undefined && date.iso > today.slice(0, date.iso.length);
}
