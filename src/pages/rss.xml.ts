import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getPublishedPractices } from '../lib/content/get-practices.ts';
import { SITE } from '../site.config.ts';
import { practiceUrl } from '../lib/urls.ts';

/** How many of the newest additions the feed carries; the open data files carry them all. */
const FEED_SIZE = 100;

export const GET: APIRoute = async (context) => {
	const practices = [...(await getPublishedPractices())]
		.sort((a, b) => (a.data.added.iso < b.data.added.iso ? 1 : a.data.added.iso > b.data.added.iso ? -1 : a.id.localeCompare(b.id)))
		.slice(0, FEED_SIZE);
	return rss({
		title: `${SITE.name}: новые практики`,
		description: SITE.description,
		site: context.site!,
		customData: '<language>ru</language>',
		items: practices.map((entry) => ({
			title: entry.data.title,
			description: entry.data.summary,
			link: practiceUrl(entry.id),
			pubDate: new Date(`${entry.data.added.iso}T00:00:00Z`),
			categories: entry.data.spheres,
		})),
	});
};
