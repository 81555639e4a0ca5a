import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/** One request the stand-in endpoint received, as it arrived. */
export interface ReceivedRequest {
	method: string;
	path: string;
	contentType: string | undefined;
	body: string;
}

/** A local server that stands in for both the IndexNow endpoint and the live site. */
export interface FakeIndexNow {
	url: string;
	/** Where the script should POST: `<url>/indexnow`. */
	endpoint: string;
	/** Every request, in order, whatever its path; tests assert on its length to prove silence. */
	requests: ReceivedRequest[];
	/** Status the endpoint answers with (default 202, as for a key not yet verified). */
	status: number;
	/** Folder served under GET as the live site; unset, every GET is 404 (a site never deployed). */
	liveDir: string | undefined;
	close: () => Promise<void>;
}

/** Starts the stand-in on a free loopback port. */
export async function startFakeIndexNow(): Promise<FakeIndexNow> {
	const fake = { requests: [] as ReceivedRequest[], status: 202, liveDir: undefined as string | undefined };
	const server = http.createServer((request, response) => {
		const chunks: Buffer[] = [];
		request.on('data', (chunk: Buffer) => chunks.push(chunk));
		request.on('end', () => {
			const urlPath = request.url ?? '/';
			fake.requests.push({
				method: request.method ?? '',
				path: urlPath,
				contentType: request.headers['content-type'],
				body: Buffer.concat(chunks).toString('utf8'),
			});
			if (request.method === 'POST' && urlPath === '/indexnow') {
				response.writeHead(fake.status, { 'content-type': 'text/plain; charset=utf-8' });
				response.end(fake.status === 202 || fake.status === 200 ? '' : 'Key not valid');
				return;
			}
			const file = fake.liveDir && path.join(fake.liveDir, path.basename(urlPath));
			if (request.method === 'GET' && file && fs.existsSync(file)) {
				response.writeHead(200, { 'content-type': 'application/xml; charset=utf-8' });
				response.end(fs.readFileSync(file));
			} else {
				response.writeHead(404).end();
			}
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return Object.assign(fake, {
		url,
		endpoint: `${url}/indexnow`,
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
	});
}
