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

process.once('message', async (jobs: OgImageJob[]) => {
	for (const { card, file } of jobs) {
		// Drawing is synchronous: a turn of the event loop between pictures lets a disconnect stop it.
		await nextTurn();
		// Written aside and renamed, so a build killed mid-write never leaves half an image in the cache.
		fs.writeFileSync(`${file}.tmp`, renderOgImage(card));
		fs.renameSync(`${file}.tmp`, file);
	}
	process.send!('done', () => process.exit(0));
});
