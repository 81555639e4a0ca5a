import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyMinimalContent, edit } from '../fixtures/content-tree.ts';
import { builtPracticeIds, snapshot } from '../setup/dist-pages.ts';
import { buildSite, ROOT } from '../setup/sites.ts';

/** Runs the real build script; returns its exit status and what it printed. */
function runBuild(contentDir: string, outDir: string) {
	try {
		execFileSync(process.execPath, ['scripts/build.ts'], {
			cwd: ROOT,
			env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir },
			stdio: 'pipe',
		});
		return { status: 0, output: '' };
	} catch (error) {
		const failure = error as { status: number; stderr: Buffer; stdout: Buffer };
		return { status: failure.status, output: `${failure.stdout}${failure.stderr}` };
	}
}

describe('npm run build', () => {
	let contentDir: string;
	let outDir: string;

	beforeAll(() => {
		contentDir = copyMinimalContent();
		outDir = buildSite('fixture-atomic', contentDir);
	});

	it('publishes the entries and leaves drafts out', () => {
		expect(builtPracticeIds(outDir)).toEqual(['valid-practice']);
		const index = JSON.parse(fs.readFileSync(path.join(outDir, 'pagefind/pagefind-entry.json'), 'utf8'));
		expect(index.languages.ru.page_count).toBe(1);
	});

	const breakages: [string, string | RegExp, string, RegExp][] = [
		['an unknown sphere slug', 'spheres: [housing-utilities]', 'spheres: [housing]', /valid-practice\.mdx:5: поле «spheres\[0\]»/],
		['no source', 'sources: [fixture-source]', 'sources: []', /valid-practice\.mdx:7: поле «sources»/],
		['a malformed date', 'added: 2026-01-15', 'added: 2026-13-01', /valid-practice\.mdx:8: поле «added»/],
		['a missing title', /^title: .*\n/m, '', /valid-practice\.mdx:\d+: поле «title»/],
	];

	it.each(breakages)(
		'fails on %s, names file and field, and leaves the previous build untouched',
		(_name, search, replacement, message) => {
			const before = snapshot(outDir);
			const broken = copyMinimalContent();
			edit(broken, 'practices/valid-practice.mdx', search, replacement);
			const { status, output } = runBuild(broken, outDir);
			expect(status).not.toBe(0);
			expect(output).toMatch(message);
			expect(snapshot(outDir)).toEqual(before);
		},
	);
});
