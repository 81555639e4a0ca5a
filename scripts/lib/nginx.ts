import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const NGINX = fs.existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as net.AddressInfo;
			server.close(() => resolve(port));
		});
		server.on('error', reject);
	});
}

async function waitForPort(port: number, process: ChildProcess, log: string): Promise<void> {
	for (let attempt = 0; attempt < 100; attempt++) {
		if (process.exitCode !== null) throw new Error(`nginx exited: ${fs.readFileSync(log, 'utf8')}`);
		const open = await new Promise<boolean>((resolve) => {
			const socket = net.connect(port, '127.0.0.1', () => (socket.end(), resolve(true)));
			socket.on('error', () => resolve(false));
		});
		if (open) return;
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	throw new Error('nginx did not start listening');
}

/**
 * Runs Debian's nginx with deploy/nginx.conf unchanged except for where it listens and what it
 * serves: a loopback port and `siteDir`. Everything nginx writes goes to a temporary folder.
 */
export async function startNginx(siteDir: string): Promise<{ url: string; stop: () => Promise<void> }> {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-nginx-'));
	const port = await freePort();
	const site = fs
		.readFileSync(path.join(ROOT, 'deploy/nginx.conf'), 'utf8')
		.replace(/^\s*listen \[::\]:80;\n/m, '')
		.replace(/listen 80;/, `listen 127.0.0.1:${port};`)
		.replace(/root \S+;/, `root ${siteDir};`);
	fs.writeFileSync(path.join(dir, 'site.conf'), site);
	const temp = (name: string) => `${name}_temp_path ${path.join(dir, name)};`;
	fs.writeFileSync(
		path.join(dir, 'nginx.conf'),
		[
			process.getuid?.() === 0 ? 'user root;' : '',
			'worker_processes 1;',
			`pid ${path.join(dir, 'nginx.pid')};`,
			`error_log ${path.join(dir, 'error.log')} warn;`,
			'daemon off;',
			'events { worker_connections 64; }',
			'http {',
			'  access_log off;',
			`  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join(' ')}`,
			`  include ${path.join(dir, 'site.conf')};`,
			'}',
		].join('\n'),
	);
	const child = spawn(NGINX, ['-p', dir, '-c', path.join(dir, 'nginx.conf')], { stdio: 'ignore' });
	await waitForPort(port, child, path.join(dir, 'error.log'));
	return {
		url: `http://127.0.0.1:${port}`,
		stop: async () => {
			child.kill('SIGQUIT');
			await new Promise((resolve) => child.once('exit', resolve));
			fs.rmSync(dir, { recursive: true, force: true });
		},
	};
}
