import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { coldBuildRemoves } from '../../scripts/build/build-paths.ts';
import { startStaticServer } from './static-server.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/** A built site served on loopback for the duration of a test run. */
export interface ServedSite {
	baseUrl: string;
	dir: string;
	stop: () => Promise<void>;
}

/** Serves a built folder on a free loopback port. */
export async function serveSite(dir: string): Promise<ServedSite> {
	const server = await startStaticServer(dir);
	return { baseUrl: server.url, dir, stop: server.close };
}

/**
 * Builds the site from another content tree (a fixture or a generated corpus) through the real
 * build script, into `.build/<name>`, leaving `dist/` and `content/` alone. The build is cold
 * (no cache or output of an earlier run) unless `warm`, as a rebuild after an edit is. Returns
 * what the build printed; a failed build throws with it.
 */
export function runBuild(
	name: string,
	contentDir: string,
	env: Record<string, string> = {},
	{ warm = false }: { warm?: boolean } = {},
): { outDir: string; log: string } {
	const outDir = path.join(ROOT, '.build', name);
	if (!warm) for (const dir of [...coldBuildRemoves(ROOT, outDir), outDir]) fs.rmSync(dir, { recursive: true, force: true });
	const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.ts')], {
		cwd: ROOT,
		env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir, ...env },
		encoding: 'utf8',
		stdio: ['ignore', 'ignore', 'pipe'],
	});
	if (run.status !== 0) throw new Error(`build of ${name} failed (${run.status}):\n${run.stderr}`);
	return { outDir, log: run.stderr };
}

/** runBuild, for the folder only. */
export function buildSite(name: string, contentDir: string, env: Record<string, string> = {}): string {
	return runBuild(name, contentDir, env).outDir;
}

/** The real site's build, made by `npm run build` before the tests run. */
export const DIST = path.join(ROOT, 'dist');

export function assertBuilt(dir: string): void {
	if (!fs.existsSync(path.join(dir, 'index.html'))) {
		throw new Error(`${dir} has no index.html: run "npm run build" first (npm test does).`);
	}
}
