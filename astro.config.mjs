// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { SITE } from './src/site.config.ts';
import { getGlossary } from './src/lib/content/get-glossary.ts';
import { rehypeAbbreviations } from './src/lib/markdown/rehype-abbreviations.ts';
import { practicePagesOfOtherRuns, rendersListings } from './src/lib/content/build-part.ts';
import { getContentDir } from './src/lib/content/content-dir.ts';
import { readPracticeFrontmatter } from './src/lib/content/practice-frontmatter-loader.ts';
import { sitemapDates } from './src/lib/content/sitemap-dates.ts';
import { adminIntegration } from './src/lib/integrations/admin.ts';

// The sitemap the site keeps is the one of the run that renders the listings (a slice run's copy
// is dropped at the merge), so only that run reads the entries' frontmatter for it, and once.
const practiceFrontmatter = rendersListings() ? readPracticeFrontmatter(getContentDir()) : [];
const lastmodOf = sitemapDates(practiceFrontmatter);

export default defineConfig({
	site: SITE.url,
	trailingSlash: 'always',
	// Stylesheets always as files: one cached CSS for all pages, and a CSP without 'unsafe-inline'.
	// Eight pages at a time: one at a time, the renderer sat idle for a third of the time while
	// each page's folder and file were written (1,000 entries: 3.6 s instead of 4.6–5.3 s). Astro
	// still starts the pages in order, so the sitemap lists them in the same order.
	build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
	// Astro 7 renders Markdown with its Rust processor by default; the unified pipeline is the
	// one that runs remark and rehype plugins (remark-gfm, and the glossary's <abbr> marking).
	markdown: {
		processor: unified({
			// remark-gfm is listed once, below; the built-in copy would run it a second time.
			gfm: false,
			// SmartyPants makes English “curly” quotes, wrong for Russian text that already uses
			// «ёлочки», and it was 40% of MDX compile time (retext parses every sentence).
			smartypants: false,
			remarkPlugins: [remarkGfm],
			rehypePlugins: [[rehypeAbbreviations, { glossary: getGlossary() }]],
		}),
	},
	integrations: [
		// `optimize` turns each entry's static Markdown into HTML strings instead of one JSX call per
		// element: the same HTML (tables differ only in whitespace between cells), but every MDX
		// module is smaller, so the bundler, which holds all of them at once, needs less memory
		// (about 1 GB less at the peak at 10,000 entries, same build time).
		mdx({ optimize: true }),
		// A split build (src/lib/content/build-part.ts) renders practice pages in other runs; the
		// listings run's sitemap lists them too, so there is one sitemap for the whole site.
		// `lastmod` comes from the entries' own dates, never the build time (see sitemap-dates.ts).
		sitemap({
			filter: (page) => !page.includes('/404'),
			customPages: practicePagesOfOtherRuns(practiceFrontmatter),
			serialize: (item) => {
				const lastmod = lastmodOf(new URL(item.url).pathname);
				return lastmod ? { ...item, lastmod } : item;
			},
		}),
		// The editors' form at /admin/: written beside the pages, never one of them (see admin.ts).
		adminIntegration(),
	],
	// No prefetch, no client router: content pages ship no JavaScript.
	prefetch: false,
	devToolbar: { enabled: false },
	// Writes .astro/collections/*.schema.json and a manifest that the Astro VS Code extension
	// uses for frontmatter completion and validation in content/practices/*.mdx.
	experimental: { contentIntellisense: true },
	vite: {
		build: {
			rollupOptions: {
				// MDX modules carry Astro's "use astro:head-inject" directive, which the bundler
				// reports once per entry; the directive is handled by Astro, so the notice is noise.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
					warn(warning);
				},
			},
		},
	},
});
