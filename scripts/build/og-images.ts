// Link-preview images for `npm run build`: one per published practice and one the other pages
// share, drawn in child processes while Astro renders the pages, and kept in a cache by their
// inputs, so a rebuild draws only the cards whose text changed.
import { fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { hashFiles, packageVersion } from '../../src/lib/fingerprint.ts';
import { linkFile } from '../../src/lib/link-file.ts';
import { readPracticeCards } from '../../src/lib/og-image/content-cards.ts';
import { ogCardKey, siteOgCard, type OgCard } from '../../src/lib/og-image/og-card.ts';
import { ogImageUrl } from '../../src/lib/urls.ts';
import type { OgImageJob } from './og-image-worker.ts';

export interface OgImages {
	/** Site path of each image (`og/practices/<id>.png`) and the cache file that holds it. */
	files: { sitePath: string; cached: string }[];
	/** How many were drawn now; the rest came from the cache. */
	drawn: number;
}

/** Astro renders on about one core; the images take the others, and at least one process. */
const WORKERS = Math.max(1, os.availableParallelism() - 1);
/**
 * Drawing runs at a lower priority than rendering: on a busy machine the pages come first, and
 * the images use what the renderer leaves idle (and the whole machine once rendering is done).
 */
const DRAWING_NICENESS = 10;

function runWorker(jobs: OgImageJob[]): Promise<void> {
	return new Promise((resolve, reject) => {
		const worker = fork(path.join(import.meta.dirname, 'og-image-worker.ts'), { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
		try {
			os.setPriority(worker.pid!, DRAWING_NICENESS);
		} catch {
			// Not permitted on some systems: the images are drawn at normal priority.
		}
		let done = false;
		worker.on('message', () => (done = true));
		worker.on('error', reject);
		worker.on('exit', (code, signal) =>
			done && code === 0 ? resolve() : reject(new Error(`Картинки для превью ссылок не нарисованы (${signal ?? `код ${code}`}).`)),
		);
		worker.send(jobs);
	});
}

/**
 * What every picture depends on besides its card: the drawing code and the exact versions of the
 * libraries and the font. Part of each cache key, so a change to any of them redraws every card
 * (a hand-kept version number was forgotten once, and stale pictures were published).
 */
export function designFingerprint(): string {
	const hash = hashFiles(createHash('sha256'), path.join(import.meta.dirname, '../../src/lib/og-image'), ['.']);
	for (const name of ['opentype.js', '@resvg/resvg-js', '@fontsource/noto-sans'])
		hash.update(name).update(packageVersion(name, import.meta.url));
	return hash.digest('hex');
}

/** Draws every card missing from `cacheDir`; resolves with where each image is. */
export async function drawOgImages(contentDir: string, cacheDir: string): Promise<OgImages> {
	const cards = new Map<string, OgCard>([[ogImageUrl(), siteOgCard()]]);
	for (const [id, card] of readPracticeCards(contentDir)) cards.set(ogImageUrl(id), card);
	fs.mkdirSync(cacheDir, { recursive: true });
	const design = designFingerprint();

	const files: OgImages['files'] = [];
	const missing = new Map<string, OgImageJob>();
	for (const [url, card] of cards) {
		const cached = path.join(cacheDir, `${ogCardKey(card, design)}.png`);
		files.push({ sitePath: url.slice(1), cached });
		if (!fs.existsSync(cached)) missing.set(cached, { card, file: cached });
	}
	// Round-robin, so long and short titles spread evenly over the processes.
	const jobs = [...missing.values()];
	const processes = Math.min(WORKERS, Math.ceil(jobs.length / 25));
	await Promise.all(Array.from({ length: processes }, (_, worker) => runWorker(jobs.filter((_, index) => index % processes === worker))));
	return { files, drawn: jobs.length };
}

/** Links the images into the site, then forgets cached images that no page uses any more. */
export function publishOgImages(images: OgImages, siteDir: string, cacheDir: string): void {
	for (const { sitePath, cached } of images.files) {
		const target = path.join(siteDir, sitePath);
		fs.mkdirSync(path.dirname(target), { recursive: true });
		// A cached image is never written again (a new one is written aside and renamed), so a link is safe.
		linkFile(cached, target);
	}
	const used = new Set(images.files.map((file) => path.basename(file.cached)));
	for (const name of fs.readdirSync(cacheDir)) if (!used.has(name)) fs.rmSync(path.join(cacheDir, name), { force: true });
}
