// `npm run edit`: the editors' form on your own machine. Starts Decap's local proxy (decap-server),
// which reads and writes the files of content/ directly, and the site's dev server, which serves
// the form at http://127.0.0.1:4321/admin/; both listen on the loopback address only. A saved entry is a file in content/practices that
// `npm run check` validates; nothing is committed or sent anywhere.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { getContentDir } from '../src/lib/content/content-dir.ts';
import { cmsRepoRoot } from '../src/lib/integrations/admin.ts';
import { LOOPBACK, startDecapServer, type DecapServer } from './lib/decap-server.ts';

// The form looks for the proxy at Decap's default address, http://localhost:8081.
const PROXY_PORT = 8081;

const contentDir = getContentDir();
let proxy: DecapServer;
try {
	proxy = await startDecapServer(cmsRepoRoot(contentDir), PROXY_PORT);
} catch (error) {
	console.error(`Не удалось запустить локальный сервер формы на порту ${PROXY_PORT}: ${(error as Error).message}`);
	console.error('Возможно, порт занят другой программой (например, вторым «npm run edit»): закройте её и повторите.');
	process.exit(1);
}
const astro = spawn(process.execPath, [path.resolve('node_modules/astro/bin/astro.mjs'), 'dev', '--host', LOOPBACK, '--port', '4321'], {
	stdio: 'inherit',
});
console.error(
	[
		'',
		`Форма редактора: http://${LOOPBACK}:4321/admin/ (если порт занят, Astro назовёт другой адрес: добавьте к нему /admin/).`,
		'Форма открывается только на этом компьютере: другим в сети она недоступна.',
		'Нажмите «Войти» — пароль не нужен.',
		`Записи сохраняются прямо в ${path.relative(process.cwd(), contentDir) || '.'}/; затем запустите «npm run check».`,
		'Остановить: Ctrl+C.',
		'',
	].join('\n'),
);

const stop = async () => {
	astro.kill();
	await proxy.stop();
	process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
astro.on('exit', async (code) => {
	await proxy.stop();
	process.exit(code ?? 0);
});
