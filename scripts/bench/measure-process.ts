import { spawn } from 'node:child_process';
import fs from 'node:fs';

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

export interface ProcessFigures {
	wallMs: number;
	/** The largest sum of RSS over the process and its descendants, sampled every 100 ms. */
	peakMemoryBytes: number;
}

/**
 * Runs a command to its end, timing it and sampling the memory of its whole process tree. The
 * project's build and a peer's are both measured through this, so their figures mean the same.
 */
export async function measureProcess(
	command: string,
	args: string[],
	options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<ProcessFigures> {
	const started = performance.now();
	// stdout carries progress lines only; warnings and errors go to stderr, which stays visible.
	const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'ignore', 'inherit'] });
	let peak = 0;
	const sampler = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 100);
	const code = await new Promise<number | null>((resolve, reject) => {
		child.on('error', reject);
		child.on('exit', resolve);
	}).finally(() => clearInterval(sampler));
	if (code !== 0) throw new Error(`${[command, ...args].join(' ')} failed with exit code ${code}`);
	return { wallMs: performance.now() - started, peakMemoryBytes: peak };
}
