import fs from 'node:fs';

/**
 * Puts `from` at `to` as a hard link: instant, and either name can be deleted without touching
 * the other. A build links what it keeps into the new output (a rebuild the previous output's
 * files, every build the cached preview images); nothing is ever written into a linked file, or
 * the other name would change with it.
 */
export function linkFile(from: string, to: string): void {
	try {
		fs.linkSync(from, to);
	} catch {
		// Another file system (OUT_DIR elsewhere): a copy does the same.
		fs.copyFileSync(from, to);
	}
}
