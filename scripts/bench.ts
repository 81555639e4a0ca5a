// `npm run bench -- --n 1000`: generates a corpus of N synthetic practices (fixed seed), builds
// it through the real build script, serves it with deploy/nginx.conf, and measures build time,
// memory, sizes, page weights per page type and search latency in headless Chromium.
// Prints the figures and saves them to .bench/bench-N.json.
// `--peer starlight [--rounds 3]` also builds the same pages with a pinned Starlight project
// (bench/peers/starlight/), alternating cold builds of the two, and prints the ratios.
// `--incremental` then edits one entry's text and rebuilds with the caches kept, and compares the
// rebuild with a clean build of the same content: its time, and whether every file is the same.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './corpus/generate.ts';
import { measureBuild, type BuildFigures } from './bench/measure-build.ts';
import { measurePage, type PageWeight } from './bench/measure-pages.ts';
import { measureSearch } from './bench/measure-search.ts';
import {
	ensurePeerInstalled,
	measurePeerBuild,
	peerDir,
	peerVersions,
	writePeerPages,
	type PeerBuildFigures,
} from './bench/peer-starlight.ts';
import { measureRebuild } from './bench/measure-rebuild.ts';
import { comparePeer } from './bench/rounds.ts';
import { launchBrowser } from './lib/chromium.ts';
import { startNginx } from './lib/nginx.ts';

const { values } = parseArgs({
	options: {
		n: { type: 'string', default: '1000' },
		seed: { type: 'string', default: '42' },
		peer: { type: 'string' },
		rounds: { type: 'string', default: '3' },
		incremental: { type: 'boolean', default: false },
	},
});
const n = Number(values.n);
if (!Number.isInteger(n) || n < 1) throw new Error('--n must be a positive integer');
if (values.peer !== undefined && values.peer !== 'starlight') throw new Error('--peer: the one peer is starlight');
const rounds = values.peer ? Number(values.rounds) : 1;
if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds must be a positive integer');

const root = process.cwd();
const contentDir = path.join(root, '.build', `corpus-${n}`);
const outDir = path.join(root, '.build', `bench-site-${n}`);
const QUERIES = ['вывоз отходов', 'инвестиционной команды', 'аварии ЖКХ'];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gb = (bytes: number) => `${(bytes / 2 ** 30).toFixed(2)} GB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

console.error(`Корпус: ${n} практик…`);
generateCorpus({ count: n, out: contentDir, seed: Number(values.seed), realContent: path.join(root, 'content') });
// The peer is installed and fed before any build is timed; neither step is part of its build.
const peer = values.peer ? peerDir(root) : undefined;
if (peer) {
	await ensurePeerInstalled(peer);
	writePeerPages(contentDir, peer);
}
// What the link-preview images cost: the same cold build without them, first, then with them.
console.error('Сборка без картинок для превью…');
const withoutImages = await measureBuild(root, contentDir, `${outDir}-no-og`, { OG_IMAGES: 'off' });
fs.rmSync(`${outDir}-no-og`, { recursive: true, force: true });
// With a peer, project and peer alternate, each build cold, so slow spells on a shared machine
// fall on both; the last project build is the site measured in the browser below.
const projectRuns: BuildFigures[] = [];
const peerRuns: PeerBuildFigures[] = [];
for (let round = 1; round <= rounds; round++) {
	const of = rounds > 1 ? `, круг ${round} из ${rounds}` : '';
	console.error(`Сборка${of}…`);
	projectRuns.push(await measureBuild(root, contentDir, outDir));
	if (peer) {
		console.error(`Сборка Starlight${of}…`);
		peerRuns.push(await measurePeerBuild(peer));
	}
}
const build = projectRuns.at(-1)!;
const roundPairs = projectRuns.map((project, round) => ({ project, peer: peerRuns[round]! }));
const comparison = peer ? comparePeer(roundPairs) : undefined;
const imageSizes = fs
	.readdirSync(path.join(outDir, 'og/practices'))
	.map((name) => fs.statSync(path.join(outDir, 'og/practices', name)).size);
const ogImages = {
	wallMsWithout: withoutImages.wallMs,
	overheadPercent: (build.wallMs / withoutImages.wallMs - 1) * 100,
	// The drawing worker's memory counts in the build's peak; this shows how much of it is theirs.
	peakMemoryBytesWithout: withoutImages.peakMemoryBytes,
	images: imageSizes.length,
	maxBytes: Math.max(...imageSizes),
	meanBytes: imageSizes.reduce((sum, size) => sum + size, 0) / imageSizes.length,
};

// The build's figures first: they are what a slow or failing browser run must not lose.
console.log(`\nN = ${n}`);
console.log(
	`build: ${seconds(build.wallMs)} wall, ${(build.wallMs / n).toFixed(1)} ms per practice, ${build.pages} pages, peak memory ${gb(build.peakMemoryBytes)}`,
);
console.log(`dist: ${(build.distBytes / 2 ** 20).toFixed(1)} MB, search index: ${(build.searchIndexBytes / 2 ** 20).toFixed(1)} MB`);
console.log(
	`preview images: ${ogImages.images}, ${kb(ogImages.meanBytes)} mean, ${kb(ogImages.maxBytes)} max; build ${ogImages.overheadPercent >= 0 ? '+' : ''}${ogImages.overheadPercent.toFixed(1)}% against ${seconds(ogImages.wallMsWithout)} and peak memory ${gb(build.peakMemoryBytes)} against ${gb(ogImages.peakMemoryBytesWithout)} without them`,
);
if (comparison) {
	const versions = peerVersions(peer!);
	console.log(`\nagainst Starlight ${versions.starlight} (astro ${versions.astro}), cold builds alternating:`);
	console.log('round  project               starlight');
	const figures = (run: { wallMs: number; peakMemoryBytes: number }) => `${seconds(run.wallMs)}, ${gb(run.peakMemoryBytes)}`;
	const row = (label: string, project: string, other: string) => console.log(`${label.padEnd(6)} ${project.padEnd(21)} ${other}`);
	roundPairs.forEach(({ project, peer: other }, round) =>
		row(String(round + 1), figures(project), `${figures(other)}, ${other.pages} pages`),
	);
	row('median', figures(comparison.median.project), figures(comparison.median.peer));
	console.log(
		`project ÷ starlight, median of the rounds' ratios: time ${comparison.ratio.wallTime.toFixed(2)}×, peak memory ${comparison.ratio.peakMemory.toFixed(2)}×`,
	);
}
// After one edit, with the last round's caches and output kept; then a clean build of the same content.
const rebuild = values.incremental ? await measureRebuild(root, contentDir, outDir) : undefined;
if (rebuild) {
	console.log(
		`\nrebuild after editing ${rebuild.edited}: ${seconds(rebuild.rebuild.wallMs)} against ${seconds(rebuild.clean.wallMs)} clean (${(rebuild.ratio * 100).toFixed(0)}%), peak memory ${gb(rebuild.rebuild.peakMemoryBytes)}; ${rebuild.differing.length === 0 ? 'identical to the clean build' : `${rebuild.differing.length} files differ from the clean build: ${rebuild.differing.slice(0, 5).join(', ')}`}`,
	);
}

const server = await startNginx(outDir);
const browser = await launchBrowser();
try {
	const firstPractice = fs.readdirSync(path.join(outDir, 'practices')).find((name) => name.startsWith('practice-'))!;
	const pageTypes: Record<string, string> = {
		home: '/',
		catalogue: '/practices/page/2/',
		'sphere hub': '/spheres/housing-utilities/',
		practice: `/practices/${firstPractice}/`,
		search: '/search/',
	};
	const pages: Record<string, PageWeight> = {};
	for (const [name, url] of Object.entries(pageTypes)) pages[name] = await measurePage(browser, `${server.url}${url}`);
	const search = await measureSearch(browser, `${server.url}/search/`, QUERIES);

	const report = {
		n,
		date: new Date().toISOString(),
		machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
		build: { ...build, msPerPracticePage: build.wallMs / n, msPerPage: build.wallMs / build.pages },
		ogImages,
		...(rebuild && { rebuild }),
		...(comparison && {
			peer: {
				name: 'starlight',
				versions: peerVersions(peer!),
				rounds: roundPairs,
				...comparison,
			},
		}),
		pages,
		search,
	};
	fs.mkdirSync(path.join(root, '.bench'), { recursive: true });
	const file = path.join(root, '.bench', `bench-${n}.json`);
	fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);

	console.log('\npage type      requests  total     html      css       js        other');
	for (const [name, weight] of Object.entries(pages)) {
		const b = weight.bytes;
		console.log(
			`${name.padEnd(14)} ${String(weight.requests).padEnd(9)} ${kb(b.total).padEnd(9)} ${kb(b.html).padEnd(9)} ${kb(b.css).padEnd(9)} ${kb(b.js).padEnd(9)} ${kb(b.other)}`,
		);
	}
	console.log('\nsearch query              ms to first result  fetched    results');
	for (const timing of search) {
		console.log(
			`${timing.query.padEnd(25)} ${String(timing.msToFirstResult).padEnd(19)} ${kb(timing.bytesFetched).padEnd(10)} ${timing.results}`,
		);
	}
	console.log(`\nsaved: ${path.relative(root, file)}`);
} finally {
	await browser.close();
	await server.stop();
}
