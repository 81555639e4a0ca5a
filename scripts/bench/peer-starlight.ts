// The peer `npm run bench -- --peer starlight` builds against: a pinned Starlight project in
// bench/peers/starlight/, fed the bench's generated practices as Starlight pages.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { countPages } from './measure-build.ts';
import { measureProcess, type ProcessFigures } from './measure-process.ts';
import { toStarlightPage } from './starlight-page.ts';

export interface PeerBuildFigures extends ProcessFigures {
	pages: number;
}

/** Written into the peer's node_modules after an install: which package.json and lockfile it installed. */
const INSTALL_STAMP = '.bench-install-stamp';

export function peerDir(root: string): string {
	return path.join(root, 'bench', 'peers', 'starlight');
}

function manifestHash(dir: string): string {
	const hash = crypto.createHash('sha256');
	for (const name of ['package.json', 'package-lock.json']) {
		const file = path.join(dir, name);
		hash.update(name).update(fs.existsSync(file) ? fs.readFileSync(file) : '');
	}
	return hash.digest('hex');
}

/**
 * Installs the peer's own dependencies when they are missing or its package.json (or lockfile)
 * changed since the last install. They never enter the project's package.json.
 */
export async function ensurePeerInstalled(dir: string): Promise<void> {
	const stamp = path.join(dir, 'node_modules', INSTALL_STAMP);
	if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === manifestHash(dir)) return;
	console.error(`Starlight: npm install в ${dir}…`);
	// Under `npm run`, the same npm that runs the bench; by hand, whichever npm is on PATH. Either
	// runs on this Node (24), which Astro 7 requires, not on an older system one.
	const npm = process.env.npm_execpath;
	const [command, args] = npm ? [process.execPath, [npm]] : ['npm', []];
	const child = spawn(command, [...args, 'install', '--no-audit', '--no-fund'], {
		cwd: dir,
		env: { ...process.env, PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}` },
		stdio: ['ignore', 'inherit', 'inherit'],
	});
	const code = await new Promise<number | null>((resolve, reject) => {
		child.on('error', reject);
		child.on('exit', resolve);
	});
	if (code !== 0) throw new Error(`npm install in ${dir} failed with exit code ${code}`);
	// Hashed after the install: npm may have brought the lockfile up to date with package.json.
	fs.writeFileSync(stamp, manifestHash(dir));
}

/** Replaces the peer's pages with the corpus's practices, at the same paths as the project's pages. */
export function writePeerPages(contentDir: string, dir: string): number {
	const docs = path.join(dir, 'src', 'content', 'docs');
	fs.rmSync(docs, { recursive: true, force: true });
	fs.mkdirSync(path.join(docs, 'practices'), { recursive: true });
	// A home page, as the project has one; Starlight renders a site without it too.
	fs.writeFileSync(path.join(docs, 'index.mdx'), '---\ntitle: Муниципальные практики\n---\n\nБаза муниципальных практик.\n');
	const practices = path.join(contentDir, 'practices');
	const names = fs.readdirSync(practices).filter((name) => name.endsWith('.mdx') && !name.startsWith('_'));
	for (const name of names) {
		fs.writeFileSync(path.join(docs, 'practices', name), toStarlightPage(fs.readFileSync(path.join(practices, name), 'utf8')));
	}
	return names.length;
}

/**
 * One cold `astro build` of the peer (Astro's data store and the previous output removed first),
 * with the peer's own Astro on this project's Node. Starlight runs its bundled Pagefind itself.
 */
export async function measurePeerBuild(dir: string): Promise<PeerBuildFigures> {
	const outDir = path.join(dir, 'dist');
	for (const cache of [path.join(dir, 'node_modules', '.astro'), outDir]) fs.rmSync(cache, { recursive: true, force: true });
	// The same environment as the project's build (telemetry setting included), so neither gets a head start.
	const figures = await measureProcess(process.execPath, [path.join(dir, 'node_modules', '.bin', 'astro'), 'build'], { cwd: dir });
	return { ...figures, pages: countPages(outDir) };
}

/** The versions the peer's install actually holds, read from its node_modules. */
export function peerVersions(dir: string): { starlight: string; astro: string } {
	const version = (name: string) =>
		(JSON.parse(fs.readFileSync(path.join(dir, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
	return { starlight: version('@astrojs/starlight'), astro: version('astro') };
}
