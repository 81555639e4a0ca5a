// What a rebuild can keep of the previous build. After a build, its manifest records what the
// output was made from; the next build compares. When only the texts (bodies) of some entries
// changed, every other page is what it was: lists, hubs, feeds, open data and other entries'
// pages read only frontmatter and taxonomies, and an entry's body is shown on its own page alone
// (src/pages/practices/[id].astro). Then only those pages are made again (patched where they can
// be, patch-practice-pages.ts, else rendered by Astro) and the search index rebuilt; anything
// else, or any doubt, is a full build. tests/build/rebuild.test.ts holds every rebuild byte for
// byte equal to a clean build of the same content.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { CONTENT_FILES, listPracticeFiles } from '../../src/lib/content/content-dir.ts';
import { hashFiles } from '../../src/lib/fingerprint.ts';
import { linkFile } from '../../src/lib/link-file.ts';
import { splitMdx } from '../../src/lib/validation/frontmatter.ts';

/** What a build's output was made from. */
export interface BuildManifest {
	/** Everything but the practice files: the code, the taxonomies, the settings. */
	fingerprint: string;
	/**
	 * Per practice file, its text: compared with the next build's, and the text a rebuild finds
	 * the old parts of in the old page (patch-practice-pages.ts).
	 */
	practices: Record<string, string>;
}

export type RebuildPlan = { kind: 'full'; reason: string } | { kind: 'bodies'; files: string[] };

/** Beyond this many changed texts a full build is as quick, and simpler to trust. */
const MOST_CHANGED_FILES = 100;

/** Settings that change what the build writes (SITE_URL, REPO_URL, CMS_AUTH_URL, INDEXNOW_KEY, OG_IMAGES…). */
const SETTINGS = ['SITE_URL', 'REPO_URL', 'CMS_AUTH_URL', 'INDEXNOW_KEY', 'OG_IMAGES', 'PRACTICE_BODIES'];

/** What the output is made of besides the practice files. */
const INPUTS = ['src', 'public', 'scripts/build.ts', 'scripts/build', 'astro.config.mjs', 'package-lock.json'];

/** The manifest of a build of `contentDir` made now, by this code, with these settings. */
export function currentManifest(root: string, contentDir: string): BuildManifest {
	const hash = hashFiles(createHash('sha256'), root, INPUTS);
	hashFiles(
		hash,
		contentDir,
		Object.values(CONTENT_FILES).filter((name) => name !== CONTENT_FILES.practices),
	);
	hash.update(JSON.stringify([process.version, path.resolve(contentDir), SETTINGS.map((name) => process.env[name] ?? '')]));
	const practicesDir = path.join(contentDir, CONTENT_FILES.practices);
	const practices: BuildManifest['practices'] = {};
	for (const file of listPracticeFiles(contentDir)) practices[file] = fs.readFileSync(path.join(practicesDir, file), 'utf8');
	return { fingerprint: hash.digest('hex'), practices };
}

export function readManifest(file: string): BuildManifest | undefined {
	try {
		return JSON.parse(fs.readFileSync(file, 'utf8')) as BuildManifest;
	} catch {
		return undefined;
	}
}

export function writeManifest(file: string, manifest: BuildManifest): void {
	fs.mkdirSync(path.dirname(file), { recursive: true });
	fs.writeFileSync(`${file}.tmp`, JSON.stringify(manifest));
	fs.renameSync(`${file}.tmp`, file);
}

/** Whether the previous output can be kept but for the pages of the files whose text changed. */
export function planRebuild(previous: BuildManifest | undefined, current: BuildManifest, hasOutput: boolean): RebuildPlan {
	if (!previous || !hasOutput) return { kind: 'full', reason: 'нет прошлой сборки' };
	if (previous.fingerprint !== current.fingerprint) return { kind: 'full', reason: 'изменились код, настройки или справочники' };
	const before = Object.keys(previous.practices).sort();
	const now = Object.keys(current.practices).sort();
	if (before.join('\n') !== now.join('\n')) return { kind: 'full', reason: 'практики добавлены или удалены' };
	const frontmatter = (text: string) => splitMdx(text).frontmatter ?? '';
	const files = now.filter((file) => previous.practices[file] !== current.practices[file]);
	if (files.some((file) => frontmatter(previous.practices[file]!) !== frontmatter(current.practices[file]!))) {
		return { kind: 'full', reason: 'изменились метаданные практик' };
	}
	if (files.length > MOST_CHANGED_FILES) return { kind: 'full', reason: `изменились тексты ${files.length} практик` };
	return { kind: 'bodies', files };
}

/**
 * Copies a folder as hard links (the previous output into the new one, see linkFile). The
 * rebuild replaces whole folders (pages, the search index) rather than write into a linked file.
 * `skip` lists paths, relative to `from`, that are left out.
 */
export function linkTree(from: string, to: string, skip: ReadonlySet<string>, relative = ''): void {
	fs.mkdirSync(path.join(to, relative), { recursive: true });
	for (const entry of fs.readdirSync(path.join(from, relative), { withFileTypes: true })) {
		const name = path.join(relative, entry.name);
		if (skip.has(name.split(path.sep).join('/'))) continue;
		if (entry.isDirectory()) linkTree(from, to, skip, name);
		else linkFile(path.join(from, name), path.join(to, name));
	}
}
