import type { PartialDate } from '../schemas/partial-date.ts';

/** The fields that order practices; kept minimal so the rule is testable without Astro. */
export interface Sortable {
	id: string;
	data: { title: string; date?: PartialDate; added: PartialDate; updated?: PartialDate };
}

const collator = new Intl.Collator('ru-RU');

/**
 * Newest first: by the practice's own date (undated ones after all dated ones), then by the
 * day the entry was last edited, then by title, then by id, so that the order, and with it
 * every paginated URL, is stable between builds.
 */
export function compareNewestFirst(a: Sortable, b: Sortable): number {
	const dateA = a.data.date?.iso ?? '';
	const dateB = b.data.date?.iso ?? '';
	if (dateA !== dateB) return dateA < dateB ? 1 : -1;
	const editedA = (a.data.updated ?? a.data.added).iso;
	const editedB = (b.data.updated ?? b.data.added).iso;
	if (editedA !== editedB) return editedA < editedB ? 1 : -1;
	return collator.compare(a.data.title, b.data.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Newest added first: what the home page's «Новые практики» shows, so an entry added today about
 * 2024 is there. Ties go the catalogue's way.
 */
export function compareNewestAdded(a: Sortable, b: Sortable): number {
	if (a.data.added.iso !== b.data.added.iso) return a.data.added.iso < b.data.added.iso ? 1 : -1;
	return compareNewestFirst(a, b);
}
