// Search quality, measured like speed: a relevance set of real queries (tests/relevance/relevance-set.yaml)
// run against a built site in headless Chromium, through the very module the search page runs
// (src/scripts/search/run-query.ts, bundled here as the site bundles it) on the site's own Pagefind index.
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { parse } from 'yaml';
import { launchBrowser } from './chromium.ts';
import { startStaticServer } from '../../tests/setup/static-server.ts';

/** One query of the set: what an official types, and the entries that must be found. */
export interface RelevanceCase {
	query: string;
	/** Ids of the entries that are about what the query asks. */
	expect: string[];
	/** Right entries the search is known not to find yet; counted as misses, not as a regression. */
	missing?: string[];
	/** What kind of query it is: form, phrase, abbreviation, synonym, misspelling… */
	kind?: string;
}

export interface CaseResult extends RelevanceCase {
	/** Result ids in the order listed. */
	found: string[];
	match: string;
	suggestions: string[];
	correctedTo?: string;
	topFiveHit: boolean;
	recall: number;
	/** Expected entries not listed at all. */
	lost: string[];
}

export interface RelevanceReport {
	queries: number;
	/** Share of queries whose first five results hold a right entry. */
	topFive: number;
	/** Mean share of right entries listed at all. */
	recall: number;
	/** Queries with right entries that listed nothing. */
	empty: number;
	cases: CaseResult[];
}

export const RELEVANCE_SET = path.resolve(import.meta.dirname, '../../tests/relevance/relevance-set.yaml');

/** Reads the relevance set; a malformed item is an error naming it. */
export function readRelevanceSet(file = RELEVANCE_SET): RelevanceCase[] {
	const items = parse(fs.readFileSync(file, 'utf8')) as unknown;
	if (!Array.isArray(items)) throw new Error(`${file}: ожидается список запросов`);
	return items.map((item, i) => {
		const c = item as RelevanceCase;
		if (typeof c?.query !== 'string' || !Array.isArray(c.expect) || c.expect.length === 0) {
			throw new Error(`${file}: запрос №${i + 1}: нужны query (строка) и expect (список id практик)`);
		}
		return c;
	});
}

/** The search page's query module as one browser script exposing `window.mpRunQuery`. */
async function bundleRunQuery(): Promise<string> {
	const result = await build({
		stdin: {
			contents: `import { runQuery } from './src/scripts/search/run-query.ts'; import { PAGEFIND_OPTIONS } from './src/scripts/search/pagefind.ts'; window.mpRunQuery = runQuery; window.mpPagefindOptions = PAGEFIND_OPTIONS;`,
			resolveDir: path.resolve(import.meta.dirname, '../..'),
			loader: 'ts',
		},
		bundle: true,
		format: 'iife',
		write: false,
		target: 'es2022',
	});
	return result.outputFiles[0]!.text;
}

/** Runs every case against the built site in `distDir`. */
export async function measureRelevance(distDir: string, cases: readonly RelevanceCase[]): Promise<RelevanceReport> {
	const script = await bundleRunQuery();
	const server = await startStaticServer(path.resolve(distDir));
	const browser = await launchBrowser();
	try {
		const page = await browser.newPage();
		// The search page itself: the bundle fetches Pagefind and the word list from the site, and
		// takes the glossary's abbreviations from the page, as the page's own script does.
		await page.goto(`${server.url}/search/`);
		await page.addScriptTag({ content: script });
		// Pagefind as the search page loads it; a module script, as the site's own is.
		await page.addScriptTag({ type: 'module', content: "window.mpPagefind = await import('/pagefind/pagefind.js');" });
		await page.waitForFunction(() => 'mpPagefind' in window);
		const outcomes = await page.evaluate(
			async (queries) => {
				const w = window as unknown as {
					mpRunQuery: (pagefind: unknown, query: string, options: object, abbreviations: object) => Promise<any>;
				};
				const w2 = window as unknown as {
					mpPagefind: { options: (o: object) => Promise<void>; init: () => Promise<void> };
					mpPagefindOptions: object;
				};
				const pagefind = w2.mpPagefind;
				// The page's own options (src/scripts/search/pagefind.ts), its ranking among them.
				await pagefind.options(w2.mpPagefindOptions);
				await pagefind.init();
				const abbreviations = JSON.parse(document.getElementById('search-abbreviations')!.textContent!);
				const out = [];
				for (const query of queries) {
					const outcome = await w.mpRunQuery(pagefind, query, {}, abbreviations);
					const urls = await Promise.all(outcome.results.map(async (r: { data: () => Promise<{ url: string }> }) => (await r.data()).url));
					out.push({ urls, match: outcome.match, suggestions: outcome.suggestions, correctedTo: outcome.correctedTo });
				}
				return out;
			},
			cases.map((c) => c.query),
		);
		const results = cases.map((c, i): CaseResult => {
			const outcome = outcomes[i]!;
			const found = outcome.urls.map((url: string) => url.replace(/^\/practices\/|\/$/g, ''));
			const lost = c.expect.filter((id) => !found.includes(id));
			return {
				...c,
				found,
				match: outcome.match,
				suggestions: outcome.suggestions,
				...(outcome.correctedTo ? { correctedTo: outcome.correctedTo } : {}),
				topFiveHit: found.slice(0, 5).some((id: string) => c.expect.includes(id)),
				recall: (c.expect.length - lost.length) / c.expect.length,
				lost,
			};
		});
		const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
		return {
			queries: results.length,
			topFive: mean(results.map((r) => (r.topFiveHit ? 1 : 0))),
			recall: mean(results.map((r) => r.recall)),
			empty: results.filter((r) => r.found.length === 0).length,
			cases: results,
		};
	} finally {
		await browser.close();
		await server.close();
	}
}
