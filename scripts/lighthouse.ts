// `npm run lighthouse [-- --dir dist]`: a report, not a CI gate. Serves the build with
// deploy/nginx.conf and runs Lighthouse (mobile settings, its default) in Debian's Chromium
// (CHROME_PATH, default /usr/bin/chromium) on the home, a practice and the search page.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS } from './lib/chromium.ts';
import { startNginx } from './lib/nginx.ts';

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' } } });
const siteDir = path.resolve(values.dir);
const practice = fs
	.readdirSync(path.join(siteDir, 'practices'))
	.find((name) => name !== 'page' && fs.existsSync(path.join(siteDir, 'practices', name, 'index.html')));
const PAGES = { home: '/', practice: `/practices/${practice}/`, search: `/search/?q=${encodeURIComponent('ЖКХ')}` };

const server = await startNginx(siteDir);
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-lighthouse-'));
const chrome = await chromeLauncher.launch({
	chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
	userDataDir: profile,
	chromeFlags: CHROMIUM_FLAGS,
});
const report: Record<string, Record<string, number>> = {};
try {
	for (const [name, url] of Object.entries(PAGES)) {
		const result = await lighthouse(`${server.url}${url}`, { port: chrome.port, output: 'json', logLevel: 'error' });
		const lhr = result!.lhr;
		report[name] = {
			performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
			accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
			'best-practices': Math.round((lhr.categories['best-practices']?.score ?? 0) * 100),
			seo: Math.round((lhr.categories.seo?.score ?? 0) * 100),
			lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0),
			cls: Number((lhr.audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)),
			tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0),
			fcpMs: Math.round(lhr.audits['first-contentful-paint']?.numericValue ?? 0),
		};
	}
} finally {
	chrome.kill();
	await server.stop();
	fs.rmSync(profile, { recursive: true, force: true });
}
fs.mkdirSync('.bench', { recursive: true });
fs.writeFileSync('.bench/lighthouse.json', `${JSON.stringify(report, null, 2)}\n`);
console.log('page       perf  a11y  best  seo   FCP      LCP      TBT     CLS');
for (const [name, r] of Object.entries(report)) {
	console.log(
		`${name.padEnd(10)} ${String(r.performance).padEnd(5)} ${String(r.accessibility).padEnd(5)} ${String(r['best-practices']).padEnd(5)} ${String(r.seo).padEnd(5)} ${`${r.fcpMs} ms`.padEnd(8)} ${`${r.lcpMs} ms`.padEnd(8)} ${`${r.tbtMs} ms`.padEnd(7)} ${r.cls}`,
	);
}
console.log(
	'\nsaved: .bench/lighthouse.json (SEO scores are for a loopback host, where Lighthouse cannot see robots.txt on the real domain)',
);
