// A worker thread of check-in-parallel.ts: checks its share of the practice files.
import { parentPort, workerData } from 'node:worker_threads';
import { createBodyRenderer, needsMdxCompiler } from '../markdown/render-body.ts';
import { checkPracticeFile } from './check-practice-file.ts';
import type { CheckedBody, CheckThreadInput, CheckThreadOutput } from './check-in-parallel.ts';

const { context, files, renderBodies } = workerData as CheckThreadInput;
const render = renderBodies ? createBodyRenderer(context.glossary) : undefined;
const bodies: CheckedBody[] = [];
const onBody = render
	? (filePath: string, contents: string, tree: Parameters<typeof needsMdxCompiler>[0]) =>
			bodies.push({ filePath, contents, rendered: needsMdxCompiler(tree) ? undefined : render(tree, filePath) })
	: undefined;
const results = files.map((name) => checkPracticeFile({ ...context, onBody }, name));
parentPort!.postMessage({ results, bodies } satisfies CheckThreadOutput);
