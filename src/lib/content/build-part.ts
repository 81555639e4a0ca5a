import type { PracticeFrontmatter } from './practice-frontmatter-loader.ts';
import { absoluteUrl, practiceUrl } from '../urls.ts';

/**
 * Which pages one Astro run renders. Astro's bundler keeps every MDX module of a build in
 * memory at once (about 0.5 GB per 1,000 entries), so a large site is rendered by several runs:
 * one for every page but the practice pages (their lists read frontmatter only, no MDX), then one
 * per slice of practice files. `npm run build` plans the runs and merges their output; a site
 * with at most `practicesPerRun` files, the dev server and `astro check` use one `whole` run.
 */
export type BuildPart =
	| { kind: 'whole' }
	| { kind: 'listings' }
	| { kind: 'practices'; index: number; count: number }
	/** The pages of these files only: a rebuild after their texts changed (scripts/build/rebuild-plan.ts). */
	| { kind: 'files'; files: string[] };

/** Files per practice run: about 2 GB of peak memory each (measured at 10,000 entries). */
export const PRACTICES_PER_RUN = 2500;

/** The variable `npm run build` sets on each of its Astro runs. */
export const BUILD_PART_VARIABLE = 'BUILD_PART';

const PRACTICES_PART = /^practices-(\d+)-of-(\d+)$/;

const FILES_PART = 'files:';

export function formatBuildPart(part: BuildPart): string {
	if (part.kind === 'files') return `${FILES_PART}${part.files.join(',')}`;
	return part.kind === 'practices' ? `practices-${part.index + 1}-of-${part.count}` : part.kind;
}

export function parseBuildPart(value: string | undefined): BuildPart {
	if (!value || value === 'whole') return { kind: 'whole' };
	if (value === 'listings') return { kind: 'listings' };
	if (value.startsWith(FILES_PART)) return { kind: 'files', files: value.slice(FILES_PART.length).split(',').filter(Boolean) };
	const match = PRACTICES_PART.exec(value);
	const [index, count] = match ? [Number(match[1]) - 1, Number(match[2])] : [-1, 0];
	if (index < 0 || index >= count) {
		throw new Error(`${BUILD_PART_VARIABLE}=${value}: ожидается whole, listings, practices-K-of-N (1 ≤ K ≤ N) или files:имя.mdx,…`);
	}
	return { kind: 'practices', index, count };
}

/** The part this process renders, from the environment. */
export function currentBuildPart(): BuildPart {
	return parseBuildPart(process.env[BUILD_PART_VARIABLE]);
}

/** Whether this run renders the catalogue, hubs and source pages (the whole and listings runs). */
export function rendersListings(part: BuildPart = currentBuildPart()): boolean {
	return part.kind === 'whole' || part.kind === 'listings';
}

/** Whether this run renders practice pages (every run but the listings run of a split build). */
export function rendersPracticePages(part: BuildPart = currentBuildPart()): boolean {
	return part.kind !== 'listings';
}

/** The runs for a site of `fileCount` practice files: one whole run, or listings then slices. */
export function planBuildParts(fileCount: number, perRun = PRACTICES_PER_RUN): BuildPart[] {
	if (fileCount <= perRun) return [{ kind: 'whole' }];
	const count = Math.ceil(fileCount / perRun);
	return [{ kind: 'listings' }, ...Array.from({ length: count }, (_, index) => ({ kind: 'practices' as const, index, count }))];
}

/** The practice files a part renders as pages: all, none, or one contiguous slice of the sorted list. */
export function practiceFilesOf(part: BuildPart, files: readonly string[]): string[] {
	if (part.kind === 'whole') return [...files];
	if (part.kind === 'listings') return [];
	if (part.kind === 'files') return files.filter((file) => part.files.includes(file));
	const size = Math.ceil(files.length / part.count);
	return files.slice(part.index * size, (part.index + 1) * size);
}

/**
 * Practice pages that other runs render, for the sitemap of the listings run (the sitemap
 * integration lists only the pages of its own run): every non-draft entry, as an absolute URL.
 */
export function practicePagesOfOtherRuns(practices: readonly PracticeFrontmatter[], part: BuildPart = currentBuildPart()): string[] {
	if (part.kind !== 'listings') return [];
	return practices
		.filter(({ frontmatter }) => frontmatter.draft !== true)
		.map(({ id }) => absoluteUrl(practiceUrl(id)));
}
