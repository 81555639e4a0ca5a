import type { APIRoute } from 'astro';
import { getPublishedPractices } from '../../lib/content/get-practices.ts';
import { getTaxonomies, lookup } from '../../lib/content/get-taxonomies.ts';
import { suggestionWords } from '../../lib/search/suggestion-words.ts';

/**
 * The words of the entries' titles, summaries, places and spheres that the search page suggests from when a query word is in no entry («Возможно, вы
 * искали…»). The page fetches it only then, so an ordinary search never loads it.
 */
export const GET: APIRoute = async () => {
	const taxonomies = await getTaxonomies();
	// Only words an entry is found by: a suggestion that found nothing would be a second dead end.
	const texts = (await getPublishedPractices()).flatMap(({ data }) => [
		data.title,
		data.summary,
		data.municipality?.name ?? '',
		lookup(taxonomies.regions, data.region, 'region').name,
		...data.spheres.map((sphere) => lookup(taxonomies.spheres, sphere, 'sphere').name),
	]);
	return new Response(JSON.stringify(suggestionWords(texts)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
