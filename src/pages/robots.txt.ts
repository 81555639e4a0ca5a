import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/urls.ts';

// The editors' form at /admin/ is for editors, not for search engines (its page also says noindex).
export const GET: APIRoute = () =>
	new Response(`User-agent: *\nAllow: /\nDisallow: /admin/\n\nSitemap: ${absoluteUrl('/sitemap-index.xml')}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
