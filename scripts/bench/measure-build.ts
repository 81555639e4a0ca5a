import fs from 'node:fs';
import path from 'node:path';
import { buildPaths } from '../build/build-paths.ts';
import { measureProcess, type ProcessFigures } from './measure-process.ts';

export interface BuildFigures extends ProcessFigures {
	pages: number;
	distBytes: number;
	searchIndexBytes: number;
}

function folderBytes(dir: string): number {
	return fs
		.readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.map((name) => fs.statSync(path.join(dir, name)))
		.filter((stat) => stat.isFile())
		.reduce((sum, stat) => sum + stat.size, 0);
}

/** HTML pages of a built site, without Pagefind's own files. */
export function countPages(outDir: string): number {
	return fs.readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.html') && !n.startsWith('pagefind'))
		.length;
}

/** Runs the real build script on a content tree, sampling the memory of its whole process tree. */
export async function measureBuild(
	root: string,
	contentDir: string,
	outDir: string,
	env: Record<string, string> = {},
): Promise<BuildFigures> {
	// Cold: neither Astro's data store nor drawn preview images survive from an earlier run. The
	// previous output goes too, untimed: the build deletes it after the swap, which takes seconds
	// for thousands of files, and a peer's build is timed without its old output in the same way.
	const { cacheDir, ogCacheDir } = buildPaths(root, outDir);
	for (const dir of [cacheDir, ogCacheDir, outDir]) fs.rmSync(dir, { recursive: true, force: true });
	const figures = await measureProcess(process.execPath, ['scripts/build.ts'], {
		cwd: root,
		env: { ...process.env, ...env, CONTENT_DIR: contentDir, OUT_DIR: outDir },
	});
	return {
		...figures,
		pages: countPages(outDir),
		distBytes: folderBytes(outDir),
		searchIndexBytes: folderBytes(path.join(outDir, 'pagefind')),
	};
}
