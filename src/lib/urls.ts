import { SITE } from '../site.config.ts';
import { CONTENT_FILES } from './content/content-dir.ts';

// Every internal URL is built here, so that a change of scheme is one edit and the
// trailing-slash convention (directory-style pages) cannot drift between templates.

export const practicesUrl = '/practices/';
export const spheresUrl = '/spheres/';
export const regionsUrl = '/regions/';
export const programmesUrl = '/programmes/';
export const mechanismsUrl = '/mechanisms/';
export const searchUrl = '/search/';
export const aboutUrl = '/about/';
export const contributeUrl = '/contribute/';
export const glossaryUrl = '/glossary/';
export const feedUrl = '/rss.xml';

export const practiceUrl = (id: string) => `${practicesUrl}${id}/`;
export const sphereUrl = (id: string) => `${spheresUrl}${id}/`;
export const regionUrl = (id: string) => `${regionsUrl}${id}/`;
export const programmeUrl = (id: string) => `${programmesUrl}${id}/`;
export const mechanismUrl = (id: string) => `${mechanismsUrl}${id}/`;
export const sourceUrl = (id: string) => `/sources/${id}/`;
/** Link-preview image: a practice's own (scripts/build/og-images.ts draws it), or the site's. */
export const ogImageUrl = (practiceId?: string) => (practiceId ? `/og/practices/${practiceId}.png` : '/og/site.png');

/** Absolute URL on the public site, for canonical links, feeds and structured data. */
export const absoluteUrl = (path: string) => new URL(path, `${SITE.url}/`).href;

/** «Предложить правку»: the entry's file opened in the repository's web editor. */
export const editUrl = (practiceId: string) => `${SITE.repo}/edit/${SITE.branch}/content/${CONTENT_FILES.practices}/${practiceId}.mdx`;
