import { spawn } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SERVER = path.join(ROOT, 'node_modules/decap-server/dist/index.js');

/** The only address the local editing servers listen on. */
export const LOOPBACK = '127.0.0.1';

/** Decap's local proxy, serving a folder's files to the form at /admin/. */
export interface DecapServer {
	/** The proxy's API, e.g. `http://localhost:8081/api/v1`'s origin: `http://localhost:8081`. */
	url: string;
	stop: () => Promise<void>;
}

/**
 * Starts decap-server in its file mode over `repoDir`: a save writes the file straight into the
 * folder (no branch, no commit), which is what an editor on their own machine wants. Port 0 picks
 * a free one. Resolves once the proxy answers; rejects with its output if it exits first.
 */
export async function startDecapServer(repoDir: string, port = 0): Promise<DecapServer> {
	const chosen = port || (await import('node:net')).default.createServer().listen(0, '127.0.0.1');
	const free =
		typeof chosen === 'number'
			? chosen
			: await new Promise<number>((resolve) =>
					chosen.on('listening', () => {
						const { port: picked } = chosen.address() as { port: number };
						chosen.close(() => resolve(picked));
					}),
				);
	const child = spawn(process.execPath, [SERVER], {
		// Loopback only: the proxy reads and writes content/ for anyone who reaches it, so nobody on the office network may.
		env: { ...process.env, PORT: String(free), BIND_HOST: LOOPBACK, GIT_REPO_DIRECTORY: repoDir, MODE: 'fs', LOG_LEVEL: 'warn' },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	child.stdout.on('data', (chunk: Buffer) => (output += chunk));
	child.stderr.on('data', (chunk: Buffer) => (output += chunk));
	const url = `http://${LOOPBACK}:${free}`;
	for (let attempt = 0; attempt < 200; attempt++) {
		if (child.exitCode !== null) throw new Error(`decap-server завершился: ${output}`);
		const answered = await fetch(`${url}/api/v1`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ action: 'info' }),
		}).then(
			(response) => response.ok,
			() => false,
		);
		if (answered) {
			return {
				url,
				stop: () =>
					new Promise((resolve) => {
						if (child.exitCode !== null) return resolve();
						child.once('exit', () => resolve());
						child.kill();
					}),
			};
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	child.kill();
	throw new Error(`decap-server не ответил на ${url}: ${output}`);
}
