import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildPaths } from '../build/build-paths.ts';

/** Sum of resident memory of a process and all its descendants, from /proc (Linux). */
function treeRss(rootPid: number): number {
	const children = new Map<number, number[]>();
	let total = 0;
	const status = new Map<number, string>();
	for (const entry of fs.readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const text = fs.readFileSync(`/proc/${entry}/status`, 'utf8');
			status.set(Number(entry), text);
			const ppid = Number(/^PPid:\s+(\d+)/m.exec(text)?.[1]);
			children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
		} catch {
			// The process ended between listing and reading.
		}
	}
	const stack = [rootPid];
	while (stack.length) {
		const pid = stack.pop()!;
		total += Number(/^VmRSS:\s+(\d+) kB/m.exec(status.get(pid) ?? '')?.[1] ?? 0) * 1024;
		stack.push(...(children.get(pid) ?? []));
	}
	return total;
}

export interface BuildFigures {
	wallMs: number;
	peakMemoryBytes: number;
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

/** Runs the real build script on a content tree, sampling the memory of its whole process tree. */
export async function measureBuild(
	root: string,
	contentDir: string,
	outDir: string,
	env: Record<string, string> = {},
): Promise<BuildFigures> {
	// Cold: neither Astro's data store nor drawn preview images survive from an earlier run.
	const { cacheDir, ogCacheDir } = buildPaths(root, outDir);
	for (const dir of [cacheDir, ogCacheDir]) fs.rmSync(dir, { recursive: true, force: true });
	const started = performance.now();
	const child = spawn(process.execPath, ['scripts/build.ts'], {
		cwd: root,
		env: { ...process.env, ...env, CONTENT_DIR: contentDir, OUT_DIR: outDir },
		stdio: ['ignore', 'ignore', 'inherit'],
	});
	let peak = 0;
	const sampler = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 100);
	const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
	clearInterval(sampler);
	if (code !== 0) throw new Error(`build failed with exit code ${code}`);
	const wallMs = performance.now() - started;
	const pages = fs.readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.html') && !n.startsWith('pagefind')).length;
	return { wallMs, peakMemoryBytes: peak, pages, distBytes: folderBytes(outDir), searchIndexBytes: folderBytes(path.join(outDir, 'pagefind')) };
}
