import { describe, expect, inject, it } from 'vitest';
import { builtPracticeIds, readSite, type BuiltPage } from '../setup/dist-pages.ts';
import { DIST } from '../setup/sites.ts';

const PAGE_SIZE = 24;
const practiceLink = /^\/practices\/([^/]+)\/$/;

/** Practice ids linked from the list of cards on a page (not from related lists or the header). */
function listedPractices(page: BuiltPage): string[] {
	const lists = page.elements.filter((e) => e.attrs.some((a) => a.name === 'data-practice-list'));
	return lists.flatMap((list) => page.links(list)).flatMap((href) => practiceLink.exec(href)?.[1] ?? []);
}

/** Internal pages reachable from the home page within `clicks` link follows. */
function reachable(site: Map<string, BuiltPage>, clicks: number): Set<string> {
	let frontier = ['/'];
	const seen = new Set(frontier);
	for (let depth = 0; depth < clicks; depth++) {
		const next: string[] = [];
		for (const url of frontier) {
			for (const href of site.get(url)?.links() ?? []) {
				const target = href.split('#')[0]!;
				if (target.startsWith('/') && !seen.has(target) && site.has(target)) {
					seen.add(target);
					next.push(target);
				}
			}
		}
		frontier = next;
	}
	return seen;
}

/** All pages of a paginated list starting at `base`, following rel="next". */
function pagesOf(site: Map<string, BuiltPage>, base: string): BuiltPage[] {
	const pages: BuiltPage[] = [];
	for (let url: string | undefined = base; url;) {
		const page = site.get(url);
		if (!page) throw new Error(`${url} is linked but not built`);
		pages.push(page);
		const next = page.byTag('a').find((a) => page.attr(a, 'rel') === 'next');
		url = next && page.attr(next, 'href');
	}
	return pages;
}

function hubIds(site: Map<string, BuiltPage>, kind: string): string[] {
	const pattern = new RegExp(`^/${kind}/([^/]+)/$`);
	return [...site.keys()].flatMap((url) => pattern.exec(url)?.[1] ?? []).filter((id) => id !== 'page');
}

/** Which practices a hub should list, read from the practice pages' own fact panels. */
function expectedMembers(site: Map<string, BuiltPage>, ids: string[], hubUrl: string): string[] {
	return ids.filter((id) => {
		const page = site.get(`/practices/${id}/`)!;
		const aside = page.byTag('aside')[0]!;
		return page.links(aside).includes(hubUrl);
	});
}

for (const [name, dir] of [
	['real content', DIST],
	['generated corpus of 1,000', inject('corpusDir')],
] as const) {
	describe(`navigation over dist (${name})`, () => {
		const site = readSite(dir);
		const practices = builtPracticeIds(dir);

		it('reaches every practice from the home page within three clicks', () => {
			const seen = reachable(site, 3);
			expect(practices.filter((id) => !seen.has(`/practices/${id}/`))).toEqual([]);
		});

		it('paginates the catalogue newest first, each entry exactly once, at most 24 a page', () => {
			const pages = pagesOf(site, '/practices/');
			const listed = pages.flatMap(listedPractices);
			for (const page of pages) expect(listedPractices(page).length).toBeLessThanOrEqual(PAGE_SIZE);
			expect(listed.length).toBe(practices.length);
			expect(new Set(listed).size).toBe(practices.length);
			// Newest first: dated entries by date descending, then the undated ones.
			const dates = listed.map((id) => {
				const page = site.get(`/practices/${id}/`)!;
				const time = page.within(page.byTag('aside')[0]!, 'time')[0];
				return time ? page.attr(time, 'datetime')! : '';
			});
			const dated = dates.filter(Boolean);
			expect(dates.slice(0, dated.length)).toEqual(dated);
			expect(dated).toEqual([...dated].sort().reverse());
		});

		for (const kind of ['spheres', 'regions', 'programmes']) {
			it(`lists exactly its entries on every ${kind} hub`, () => {
				const ids = hubIds(site, kind);
				expect(ids.length).toBeGreaterThan(0);
				for (const hub of ids) {
					const listed = pagesOf(site, `/${kind}/${hub}/`).flatMap(listedPractices);
					expect(new Set(listed).size, `/${kind}/${hub}/ lists an entry twice`).toBe(listed.length);
					expect(listed.sort(), `/${kind}/${hub}/`).toEqual(expectedMembers(site, practices, `/${kind}/${hub}/`).sort());
				}
			});
		}

		it('lets no page but the list of all regions grow with the number of entries', () => {
			for (const [url, page] of site) {
				if (url === '/regions/') continue;
				const linked = new Set(page.links().flatMap((href) => practiceLink.exec(href)?.[1] ?? []));
				expect(linked.size, url).toBeLessThanOrEqual(PAGE_SIZE + 6);
			}
		});
	});
}
