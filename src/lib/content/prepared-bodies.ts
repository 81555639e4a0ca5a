import type { RenderedBody } from '../markdown/render-body.ts';

/**
 * Bodies the content check has already parsed and rendered in this process, for the practice
 * loader (practice-loader.ts) to take instead of parsing each file a second time. `npm run build`
 * checks the content while Astro starts in the same child process; Astro loads the content config
 * through its own module graph, so the two meet on a global rather than a shared import.
 */
interface PreparedBody {
	/** The file's text when it was checked: a file edited since then is parsed again. */
	contents: string;
	/** Undefined when the body needs the MDX compiler (see needsMdxCompiler). */
	rendered: RenderedBody | undefined;
}

interface Registry {
	bodies: Map<string, PreparedBody>;
	/** Settles when the check that prepares the bodies has finished. */
	ready: Promise<void>;
}

const REGISTRY = Symbol.for('municipal-practices.prepared-bodies');

function registry(): Registry {
	const global = globalThis as { [REGISTRY]?: Registry };
	return (global[REGISTRY] ??= { bodies: new Map(), ready: Promise.resolve() });
}

/** Announces bodies to come: the loader waits for `ready` before it loads any entry. */
export function prepareBodies(ready: Promise<Iterable<{ filePath: string } & PreparedBody>>): void {
	registry().ready = ready.then((bodies) => {
		for (const { filePath, contents, rendered } of bodies) registry().bodies.set(filePath, { contents, rendered });
	});
}

/** Resolves when the announced bodies are in (at once when none were announced, as in the dev server). */
export function preparedBodiesReady(): Promise<void> {
	return registry().ready;
}

/** The prepared body of a file, once (its memory goes with it); undefined when none was prepared for these contents. */
export function takePreparedBody(filePath: string, contents: string): Pick<PreparedBody, 'rendered'> | undefined {
	const prepared = registry().bodies.get(filePath);
	registry().bodies.delete(filePath);
	return prepared?.contents === contents ? prepared : undefined;
}
