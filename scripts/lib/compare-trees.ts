import fs from 'node:fs';
import path from 'node:path';

function filesOf(dir: string): string[] {
	return fs
		.readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((name) => fs.statSync(path.join(dir, name)).isFile())
		.map((name) => name.split(path.sep).join('/'))
		.sort();
}

/** Files (relative paths) that are in one folder and not the other, or whose bytes differ. */
export function differingFiles(a: string, b: string): string[] {
	const inA = filesOf(a);
	const inB = new Set(filesOf(b));
	const differing = inA.filter(
		(name) => !inB.has(name) || !fs.readFileSync(path.join(a, name)).equals(fs.readFileSync(path.join(b, name))),
	);
	const setA = new Set(inA);
	const onlyInB = [...inB].filter((name) => !setA.has(name));
	return [...differing, ...onlyInB].sort();
}
