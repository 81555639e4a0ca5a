import { createBodyRenderer, needsMdxCompiler } from '../markdown/render-body.ts';
import { checkPracticeFile, type CheckRunContext, type PracticeFileContext, type PracticeFileResult } from './check-practice-file.ts';
import type { RenderedBody } from '../markdown/render-body.ts';

/** A body the check rendered from its own parse; `rendered` is undefined when it needs the MDX compiler. */
export interface CheckedBody {
	filePath: string;
	contents: string;
	rendered: RenderedBody | undefined;
}

/** A share of the practice files to check, with the run's context (without callbacks). */
export interface CheckFilesInput {
	context: CheckRunContext;
	files: string[];
	/** Also render every body that parsed (render-body.ts), for the build's practice loader. */
	renderBodies: boolean;
}

export interface CheckFilesOutput {
	results: PracticeFileResult[];
	bodies: CheckedBody[];
}

/** Checks a share of the practice files, in this thread (check-thread.ts runs it in a worker). */
export function checkFiles({ context, files, renderBodies }: CheckFilesInput): CheckFilesOutput {
	const render = renderBodies ? createBodyRenderer(context.glossary) : undefined;
	const bodies: CheckedBody[] = [];
	const onBody: PracticeFileContext['onBody'] = render
		? (filePath, contents, tree) =>
				bodies.push({ filePath, contents, rendered: needsMdxCompiler(tree) ? undefined : render(tree, filePath) })
		: undefined;
	return { results: files.map((name) => checkPracticeFile({ ...context, onBody }, name)), bodies };
}
