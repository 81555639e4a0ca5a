import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { openCheckCache } from './check-cache.ts';
import { finishCheck, setUpCheck, type CheckOptions, type CheckResult } from './check-content.ts';
import { checkFiles, type CheckedBody, type CheckFilesInput, type CheckFilesOutput } from './check-files.ts';
import type { PracticeFileResult } from './check-practice-file.ts';

export type { CheckedBody } from './check-files.ts';

/** Below this many files a thread costs more to start (about 0.3 s of module loading) than it saves. */
const FILES_PER_THREAD = 100;

function runThread(input: CheckFilesInput): Promise<CheckFilesOutput> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./check-thread.ts', import.meta.url), { workerData: input });
		worker.once('message', resolve);
		worker.once('error', reject);
		worker.once('exit', (code) => code !== 0 && reject(new Error(`проверка содержимого: поток завершился с кодом ${code}`)));
	});
}

export interface ParallelCheckOptions extends CheckOptions {
	/** Also render the bodies (see check-files.ts). */
	renderBodies?: boolean;
	/** Worker threads; by default one per core, and none for fewer than FILES_PER_THREAD files to check. */
	threads?: number;
	/** Where the results are kept between runs (check-cache.ts): only changed files are checked again. */
	cacheFile?: string;
}

/**
 * The same check as checkContent, the same result in the same order, with the practice files
 * shared among worker threads: one per core by default, none for a few files. With a cache, the
 * files whose text is unchanged since the last run are not checked again (nor rendered: Astro's
 * data store has kept their bodies).
 */
export async function checkContentInParallel(
	contentDir: string,
	options: ParallelCheckOptions = {},
): Promise<{ result: CheckResult; bodies: CheckedBody[] }> {
	const setup = setUpCheck(contentDir, options);
	const { context } = setup;
	const cache = options.cacheFile ? openCheckCache(options.cacheFile, context) : undefined;
	const contents = new Map(cache ? setup.files.map((name) => [name, fs.readFileSync(path.join(context.practicesDir, name), 'utf8')]) : []);
	const known = new Map<string, PracticeFileResult>();
	for (const name of setup.files) {
		const result = cache?.get(name, contents.get(name)!);
		if (result) known.set(name, result);
	}
	const toCheck = setup.files.filter((name) => !known.has(name));
	const renderBodies = options.renderBodies ?? false;
	// A few files (a rebuild after an edit, a small site) are checked here and now; more go to threads.
	const threads =
		options.threads ??
		(toCheck.length < FILES_PER_THREAD
			? 0
			: Math.max(1, Math.min(os.availableParallelism(), Math.floor(toCheck.length / FILES_PER_THREAD))));
	// Round-robin, so that long and short entries spread evenly over the threads.
	const shares = Array.from({ length: threads }, (_, thread) => toCheck.filter((_, index) => index % threads === thread));
	const outputs =
		threads === 0
			? [checkFiles({ context, files: toCheck, renderBodies })]
			: await Promise.all(shares.map((files) => runThread({ context, files, renderBodies })));
	for (const output of outputs) for (const result of output.results) known.set(result.name, result);
	const results = setup.files.map((name) => known.get(name)!);
	cache?.save(results.map((result) => ({ result, contents: contents.get(result.name)! })));
	return { result: finishCheck(setup, results), bodies: outputs.flatMap((output) => output.bodies) };
}
