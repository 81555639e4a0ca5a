import fs from 'node:fs';
import path from 'node:path';
import { coldBuildRemoves } from '../build/build-paths.ts';
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

/**
 * Runs the real build script on a content tree, sampling the memory of its whole process tree.
 * `warm` keeps what the previous build left (`.build/` and the output), as a rebuild after an
 * edit does; otherwise the build is cold.
 */
export async function measureBuild(
	root: string,
	contentDir: string,
	outDir: string,
	env: Record<string, string> = {},
	{ warm = false }: { warm?: boolean } = {},
): Promise<BuildFigures> {
	// Cold: no cache of any earlier run survives (Astro's data store, the checked files, the drawn
	// preview images). The previous output goes too, untimed: the build deletes it after the swap,
	// which takes seconds for thousands of files, and a peer's build is timed without its old output.
	if (!warm) for (const dir of [...coldBuildRemoves(root, outDir), outDir]) fs.rmSync(dir, { recursive: true, force: true });
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
