import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyMinimalContent } from '../fixtures/content-tree.ts';
import { ROOT } from '../setup/sites.ts';

/** The local addresses a TCP port listens on, read from the kernel's socket tables (no traffic sent). */
function listeningAddresses(port: number): string[] {
	const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
	const addresses: string[] = [];
	for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
		if (!fs.existsSync(table)) continue;
		for (const line of fs.readFileSync(table, 'utf8').split('\n').slice(1)) {
			const [, local, , state] = line.trim().split(/\s+/);
			if (!local || state !== '0A') continue; // 0A: LISTEN
			const [address, localPort] = local.split(':');
			if (localPort === hexPort) addresses.push(address!);
		}
	}
	return addresses;
}

const IPV4_LOOPBACK = '0100007F'; // 127.0.0.1, little-endian

describe('npm run edit', () => {
	let child: ChildProcess | undefined;
	afterAll(() => {
		child?.kill('SIGTERM');
	});

	it('serves the form and the proxy that writes content/ on 127.0.0.1 only, unreachable from the network', async () => {
		child = spawn(process.execPath, [path.join(ROOT, 'scripts/edit.ts')], {
			cwd: ROOT,
			env: { ...process.env, CONTENT_DIR: copyMinimalContent() },
			stdio: 'ignore',
		});
		const ports = [8081, 4321];
		const deadline = Date.now() + 60_000;
		while (ports.some((port) => listeningAddresses(port).length === 0) && Date.now() < deadline) {
			await new Promise((resolve) => setTimeout(resolve, 250));
		}
		for (const port of ports) expect(listeningAddresses(port), `port ${port}`).toEqual([IPV4_LOOPBACK]);
	});
});
