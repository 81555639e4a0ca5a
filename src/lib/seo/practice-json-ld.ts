import { SITE } from '../../site.config.ts';
import { lookup, type Taxonomies } from '../content/get-taxonomies.ts';
import type { PracticeView } from '../content/practice-view.ts';
import type { Practice } from '../schemas/practice.ts';
import { absoluteUrl } from '../urls.ts';

/**
 * schema.org data for a practice page: an `Article` with its sources as citations, and the
 * page's `BreadcrumbList`. BaseLayout serialises it with `<` escaped, so no title can end the script.
 */
export function practiceJsonLd(entry: { id: string; data: Practice }, practice: PracticeView, taxonomies: Taxonomies): object[] {
	const url = absoluteUrl(practice.url);
	const mainSphere = practice.spheres[0]!;
	const article = {
		'@context': 'https://schema.org',
		'@type': 'Article',
		'@id': `${url}#practice`,
		url,
		mainEntityOfPage: url,
		headline: practice.title,
		description: practice.summary,
		inLanguage: 'ru',
		about: practice.spheres.map((sphere) => ({ '@type': 'Thing', name: sphere.name, url: absoluteUrl(sphere.url) })),
		spatialCoverage: {
			'@type': 'Place',
			name: practice.municipality ? `${practice.municipality.name}, ${practice.region.name}` : practice.region.name,
		},
		...(practice.dateIso && { temporalCoverage: practice.dateIso }),
		datePublished: practice.added,
		dateModified: practice.updated,
		...(practice.authors.length > 0 && {
			author: practice.authors.map((author) => ({ '@type': 'Person', name: author.name, jobTitle: author.position })),
		}),
		publisher: { '@type': 'Organization', name: SITE.name, url: absoluteUrl('/') },
		citation: entry.data.sources.map((id) => {
			const source = lookup(taxonomies.sources, id, 'source');
			return {
				'@type': 'CreativeWork',
				name: source.title,
				...(source.publisher && { publisher: { '@type': 'Organization', name: source.publisher } }),
				...(source.date && { datePublished: source.date.iso }),
				...(source.url && { url: source.url }),
			};
		}),
	};
	const breadcrumbs = {
		'@context': 'https://schema.org',
		'@type': 'BreadcrumbList',
		itemListElement: [
			{ name: 'Главная', item: absoluteUrl('/') },
			{ name: mainSphere.name, item: absoluteUrl(mainSphere.url) },
			{ name: practice.title, item: url },
		].map((crumb, index) => ({ '@type': 'ListItem', position: index + 1, ...crumb })),
	};
	return [article, breadcrumbs];
}
