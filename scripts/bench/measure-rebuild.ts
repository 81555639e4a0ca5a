import fs from 'node:fs';
import path from 'node:path';
import { differingFiles } from '../lib/compare-trees.ts';
import { measureBuild, type BuildFigures } from './measure-build.ts';

export interface RebuildFigures {
	/** The entry whose text was edited. */
	edited: string;
	rebuild: BuildFigures;
	clean: BuildFigures;
	/** Rebuild ÷ clean build, wall time. */
	ratio: number;
	/** Files in which the rebuild's output differs from the clean build's (none, if it is right). */
	differing: string[];
}

/** One sentence added to the end of an entry's text: the edit an editor makes most. */
export function appendSentence(file: string, sentence: string): void {
	fs.writeFileSync(file, `${fs.readFileSync(file, 'utf8').trimEnd()}\n\n${sentence}\n`);
}

/**
 * Edits the text of the middle entry of `contentDir` and rebuilds `outDir` with everything the
 * previous build of it kept (its caches in `.build/` and its output), then builds the same
 * content cold into a folder beside it and compares the two outputs file by file.
 */
export async function measureRebuild(root: string, contentDir: string, outDir: string): Promise<RebuildFigures> {
	const practices = path.join(contentDir, 'practices');
	const names = fs
		.readdirSync(practices)
		.filter((name) => name.endsWith('.mdx'))
		.sort();
	const edited = names[Math.floor(names.length / 2)]!;
	appendSentence(path.join(practices, edited), 'Дополнение: в текст практики внесена правка после первой сборки.');
	console.error(`Пересборка после правки ${edited}…`);
	const rebuild = await measureBuild(root, contentDir, outDir, {}, { warm: true });
	console.error('Чистая сборка того же содержимого для сравнения…');
	const cleanDir = `${outDir}-clean`;
	const clean = await measureBuild(root, contentDir, cleanDir);
	const differing = differingFiles(outDir, cleanDir);
	fs.rmSync(cleanDir, { recursive: true, force: true });
	return { edited, rebuild, clean, ratio: rebuild.wallMs / clean.wallMs, differing };
}
