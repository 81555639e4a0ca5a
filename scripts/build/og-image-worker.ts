// A child process of scripts/build/og-images.ts: draws the cards it is sent into the cache.
import fs from 'node:fs';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { OgCard } from '../../src/lib/og-image/og-card.ts';
import { renderOgImage } from '../../src/lib/og-image/render-og-image.ts';

export interface OgImageJob {
	card: OgCard;
	/** Where the PNG goes: the cache file named by the card's key. */
	file: string;
}

if (!process.send) throw new Error('og-image-worker.ts is started by scripts/build/og-images.ts, not by hand');
// A build that failed exits without waiting for its images; drawing on for nobody would only take a core.
// Every image is written aside and renamed, so stopping between two leaves the cache whole.
process.once('disconnect', () => process.exit(1));

/**
 * resvg keeps each picture's pixels (two copies, about 6 MB) outside the JavaScript heap and frees
 * them only when their tiny wrappers are collected; the heap barely grows, so V8 never collects
 * on its own and 10,000 cards would take tens of gigabytes. A collection every few pictures, and a
 * turn of the event loop for the finalizers to run, keeps the process near 170 MB.
 * (og-images.ts starts this process with --expose-gc.)
 */
const COLLECT_EVERY = 10;
const collect = (globalThis as { gc?: () => void }).gc;
if (!collect) throw new Error('og-image-worker.ts needs --expose-gc');

process.once('message', async (jobs: OgImageJob[]) => {
	for (const [index, { card, file }] of jobs.entries()) {
		if (index % COLLECT_EVERY === COLLECT_EVERY - 1) {
			collect();
			await nextTurn();
		}
		const png = await renderOgImage(card);
		// Written aside and renamed, so a build killed mid-write never leaves half an image in the cache.
		fs.writeFileSync(`${file}.tmp`, png);
		fs.renameSync(`${file}.tmp`, file);
	}
	process.send!('done', () => process.exit(0));
});
