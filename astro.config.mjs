// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { SITE } from './src/site.config.ts';

export default defineConfig({
	site: SITE.url,
	trailingSlash: 'always',
	build: { format: 'directory' },
	// Astro 7 renders Markdown with its Rust processor by default; the unified pipeline is
	// what runs remark plugins (remark-gfm here, and the content-safety plugin).
	markdown: { processor: unified({ remarkPlugins: [remarkGfm] }) },
	integrations: [mdx(), sitemap({ filter: (page) => !page.includes('/404') })],
	// No prefetch, no client router: content pages ship no JavaScript.
	prefetch: false,
	devToolbar: { enabled: false },
});
