import type { APIRoute } from 'astro';
import { getPracticeRecords } from '../../lib/open-data/practice-records.ts';
import { SITE } from '../../site.config.ts';
import { absoluteUrl } from '../../lib/urls.ts';

/** Every published practice's metadata, for analysts and other portals. */
export const GET: APIRoute = async () => {
	const practices = await getPracticeRecords();
	const body = {
		name: SITE.name,
		description: 'Метаданные всех опубликованных практик. Описание полей: /about/#open-data.',
		schema: absoluteUrl('/data/practice.schema.json'),
		count: practices.length,
		practices,
	};
	return new Response(JSON.stringify(body, null, '\t'), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
