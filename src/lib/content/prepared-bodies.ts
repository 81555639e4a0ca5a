import type { RenderedBody } from '../markdown/render-body.ts';

/**
 * Bodies the content check has already parsed and rendered in this process, for the practice
 * loader (practice-loader.ts) to take instead of parsing each file a second time. `npm run build`
 * checks the content and then runs Astro in the same child process; Astro loads the content
 * config through its own module graph, so the two meet on a global rather than a shared import.
 */
interface PreparedBody {
	/** The file's text when it was checked: a file edited since then is parsed again. */
	contents: string;
	/** Undefined when the body needs the MDX compiler (see needsMdxCompiler). */
	rendered: RenderedBody | undefined;
}

const REGISTRY = Symbol.for('municipal-practices.prepared-bodies');
type Registry = Map<string, PreparedBody>;

function registry(): Registry {
	const global = globalThis as { [REGISTRY]?: Registry };
	return (global[REGISTRY] ??= new Map());
}

/** Keeps a checked body for the loader, by the file's absolute path. */
export function prepareBody(filePath: string, contents: string, rendered: RenderedBody | undefined): void {
	registry().set(filePath, { contents, rendered });
}

/** The prepared body of a file, once (its memory goes with it); undefined when none was prepared for these contents. */
export function takePreparedBody(filePath: string, contents: string): Pick<PreparedBody, 'rendered'> | undefined {
	const prepared = registry().get(filePath);
	registry().delete(filePath);
	return prepared?.contents === contents ? prepared : undefined;
}
