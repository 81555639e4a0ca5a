import type { APIRoute } from 'astro';
import { OPEN_DATA_FIELDS } from '../../lib/open-data/fields.ts';
import { toCsv } from '../../lib/open-data/csv.ts';
import { getPracticeRecords, toCsvCell } from '../../lib/open-data/practice-records.ts';

/** The same records as practices.json, one row each, for spreadsheets. */
export const GET: APIRoute = async () => {
	const columns = OPEN_DATA_FIELDS.map((field) => field.name);
	const rows = (await getPracticeRecords()).map((record) => columns.map((column) => toCsvCell(record[column as keyof typeof record])));
	return new Response(toCsv(columns, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
