import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's Chromium; a test tool's own browser download cannot work on these machines. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags every headless start needs here (also Lighthouse's): without the networking ones Chromium's own
 * connections are refused by the closed network, many at a time. */
export const CHROMIUM_FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

/** A fresh browser with an empty profile; close it in afterAll. */
export async function launchBrowser(
	options: { colorScheme?: 'light' | 'dark'; width?: number; args?: string[] } = {},
): Promise<BrowserContext> {
	const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-chromium-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: CHROMIUM,
		args: [...CHROMIUM_FLAGS, ...(options.args ?? [])],
		headless: true,
		colorScheme: options.colorScheme ?? 'light',
		viewport: { width: options.width ?? 1280, height: 900 },
		locale: 'ru-RU',
	});
	// Chromium may still be writing to its profile as it exits; cleaning up is best effort.
	context.on('close', () => fs.rm(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }, () => {}));
	return context;
}
