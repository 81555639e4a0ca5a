import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

// Just enough of a static host for tests: directory URLs map to index.html and unknown paths
// get the site's 404 page with status 404, as on GitHub Pages and in deploy/nginx.conf.
// (Astro's own preview server cannot be imported inside Vitest's module runner.)
const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.yml': 'text/yaml; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.wasm': 'application/wasm',
	'.pagefind': 'application/octet-stream',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pf_filter': 'application/octet-stream',
};

function resolveFile(root: string, urlPath: string): string | undefined {
	const decoded = decodeURIComponent(urlPath.split('?')[0]!);
	const candidate = path.join(root, path.normalize(decoded));
	if (!candidate.startsWith(root)) return undefined;
	for (const file of [candidate, path.join(candidate, 'index.html')]) {
		if (fs.existsSync(file) && fs.statSync(file).isFile()) return file;
	}
	return undefined;
}

/** Starts serving `root` on a free loopback port. */
export async function startStaticServer(root: string): Promise<{ url: string; close: () => Promise<void> }> {
	const server = http.createServer((request, response) => {
		const file = resolveFile(root, request.url ?? '/');
		const status = file ? 200 : 404;
		const body = file ?? path.join(root, '404.html');
		response.writeHead(status, { 'content-type': TYPES[path.extname(body)] ?? 'application/octet-stream' });
		fs.createReadStream(body).pipe(response);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
