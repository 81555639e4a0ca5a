import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { RenderedBody } from '../markdown/render-body.ts';
import { finishCheck, setUpCheck, type CheckOptions, type CheckResult } from './check-content.ts';
import type { PracticeFileContext, PracticeFileResult } from './check-practice-file.ts';

/** A body the check rendered from its own parse; `rendered` is undefined when it needs the MDX compiler. */
export interface CheckedBody {
	filePath: string;
	contents: string;
	rendered: RenderedBody | undefined;
}

/** What a check thread is given: the run's context (without callbacks) and its share of the files. */
export interface CheckThreadInput {
	context: Omit<PracticeFileContext, 'onBody'>;
	files: string[];
	renderBodies: boolean;
}

export interface CheckThreadOutput {
	results: PracticeFileResult[];
	bodies: CheckedBody[];
}

/** Below this many files a thread costs more to start (about 0.3 s of module loading) than it saves. */
const FILES_PER_THREAD = 100;

function runThread(input: CheckThreadInput): Promise<CheckThreadOutput> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./check-thread.ts', import.meta.url), { workerData: input });
		worker.once('message', resolve);
		worker.once('error', reject);
		worker.once('exit', (code) => code !== 0 && reject(new Error(`проверка содержимого: поток завершился с кодом ${code}`)));
	});
}

/**
 * The same check as checkContent, the same result in the same order, with the practice files
 * shared among worker threads: one per core by default. With `renderBodies`, every body that
 * parsed is also rendered (render-body.ts) from the check's own parse, for the build's loader.
 */
export async function checkContentInParallel(
	contentDir: string,
	options: Omit<CheckOptions, 'onBody'> & { renderBodies?: boolean; threads?: number } = {},
): Promise<{ result: CheckResult; bodies: CheckedBody[] }> {
	const setup = setUpCheck(contentDir, options);
	const { onBody: _none, ...context } = setup.context;
	const threads = Math.max(1, Math.min(options.threads ?? os.availableParallelism(), Math.floor(setup.files.length / FILES_PER_THREAD)));
	// Round-robin, so that long and short entries spread evenly; the results go back into file order.
	const shares = Array.from({ length: threads }, (_, thread) => setup.files.filter((_, index) => index % threads === thread));
	const outputs = await Promise.all(shares.map((files) => runThread({ context, files, renderBodies: options.renderBodies ?? false })));
	const results = setup.files.map((_, index) => outputs[index % threads]!.results[Math.floor(index / threads)]!);
	return { result: finishCheck(setup, results), bodies: outputs.flatMap((output) => output.bodies) };
}
