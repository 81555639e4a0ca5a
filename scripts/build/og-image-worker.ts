// A child process of scripts/build/og-images.ts: draws the cards it is sent into the cache.
import fs from 'node:fs';
import type { OgCard } from '../../src/lib/og-image/og-card.ts';
import { renderOgImage } from '../../src/lib/og-image/render-og-image.ts';

export interface OgImageJob {
	card: OgCard;
	/** Where the PNG goes: the cache file named by the card's key. */
	file: string;
}

if (!process.send) throw new Error('og-image-worker.ts is started by scripts/build/og-images.ts, not by hand');

process.once('message', async (jobs: OgImageJob[]) => {
	for (const { card, file } of jobs) {
		const png = await renderOgImage(card);
		// Written aside and renamed, so a build killed mid-write never leaves half an image in the cache.
		fs.writeFileSync(`${file}.tmp`, png);
		fs.renameSync(`${file}.tmp`, file);
	}
	process.send!('done', () => process.exit(0));
});
