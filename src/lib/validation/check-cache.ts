import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { hashFiles } from '../fingerprint.ts';
import type { CheckRunContext, PracticeFileResult } from './check-practice-file.ts';

/**
 * What the previous check of a content tree found in each practice file, kept in `.build/` so
 * that a rebuild after one edit checks that one file. A result is reused only for the same text
 * checked in the same context (taxonomies, glossary, today's date, the project's code and
 * lockfile); anything else checks every file again.
 */
interface CacheFile {
	context: string;
	files: Record<string, { hash: string; result: PracticeFileResult }>;
}

export interface CheckCache {
	/** The result of the last check of this file, if its text has not changed since. */
	get(name: string, contents: string): PracticeFileResult | undefined;
	/** Keeps this run's results, and only them (files gone since are forgotten). */
	save(results: readonly { result: PracticeFileResult; contents: string }[]): void;
}

const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

/** The project's own code (every module under src/lib, which the check imports from) and its lockfile. */
function codeFingerprint(root: string): string {
	const hash = hashFiles(createHash('sha256'), path.join(import.meta.dirname, '..'), ['.']);
	return hashFiles(hash, root, ['package-lock.json']).digest('hex');
}

/** Opens the cache in `file` for a run with this context; a missing or stale file is an empty cache. */
export function openCheckCache(file: string, context: CheckRunContext): CheckCache {
	const { ids, glossary, today, root, practicesDir } = context;
	const key = sha256(JSON.stringify([ids, glossary, today, root, practicesDir, codeFingerprint(process.cwd())]));
	let cached: CacheFile['files'] = {};
	try {
		const data = JSON.parse(fs.readFileSync(file, 'utf8')) as CacheFile;
		if (data.context === key) cached = data.files;
	} catch {
		// No cache yet, or an unreadable one: every file is checked.
	}
	return {
		get(name, contents) {
			const entry = cached[name];
			return entry?.hash === sha256(contents) ? entry.result : undefined;
		},
		save(results) {
			const files: CacheFile['files'] = {};
			for (const { result, contents } of results) files[result.name] = { hash: sha256(contents), result };
			fs.mkdirSync(path.dirname(file), { recursive: true });
			// Written aside and renamed: a build stopped mid-write leaves the old cache or the new one, whole.
			fs.writeFileSync(`${file}.tmp`, JSON.stringify({ context: key, files } satisfies CacheFile));
			fs.renameSync(`${file}.tmp`, file);
		},
	};
}
