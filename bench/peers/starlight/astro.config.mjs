// @ts-check
// Starlight as a newcomer would set it up for the same pages: defaults everywhere (the sidebar
// lists every page, Pagefind indexes them), Russian as the site's language so that Pagefind uses
// the same stemmer as the project's own index.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
	site: 'https://example.org',
	integrations: [
		starlight({
			title: 'Муниципальные практики',
			defaultLocale: 'root',
			locales: { root: { label: 'Русский', lang: 'ru' } },
		}),
	],
});
