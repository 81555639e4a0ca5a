/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so tests resolve modules exactly as the site does (examples/with-vitest).
// `*.test.ts` run in Node over modules and the built dist/; `*.e2e.ts` drive real Chromium.
export default getViteConfig({
	test: {
		include: ['tests/**/*.test.ts', 'tests/**/*.e2e.ts'],
		globalSetup: ['tests/setup/global-setup.ts'],
		testTimeout: 60_000,
		hookTimeout: 300_000,
		// Browser tests share one server per built site; keep files from fighting over CPU on 2 cores.
		fileParallelism: false,
	},
});
