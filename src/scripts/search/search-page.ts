import {
	FACET_TITLES,
	FACETS,
	readSearchState,
	toPagefindFilters,
	writeSearchState,
	type Facet,
	type FacetLabels,
	type SearchState,
} from '../../lib/search/search-state.ts';
import { formatCount } from '../../lib/format/plural.ts';
import { typingDelay } from '../../lib/search/typing-delay.ts';
import { findPractices, type Abbreviations } from '../../lib/search/find-practices.ts';
import { runQuery, type QueryOutcome } from './run-query.ts';
import { loadPagefind, type Pagefind, type PagefindResultData, type PagefindSearch } from './pagefind.ts';

const PAGE = 10;

const quoted = (words: readonly string[]) => words.map((word) => `«${word}»`).join(', ');

/** The line above the results that says how they were found, when not simply by every word. */
function searchNote(search: QueryOutcome): string {
	const missing = search.unknown.length ? `В практиках не встречается: ${quoted(search.unknown)}. ` : '';
	if (search.correctedTo) return `${missing}Показаны практики по запросу «${search.correctedTo}».`;
	if (search.match === 'some' && search.complete > 0) return `${missing}Показаны практики с остальными словами.`;
	if (search.match === 'some') return `${missing}Все слова вместе не нашлись; показаны практики, где есть часть из них.`;
	if (search.complete < search.results.length) {
		return `Все слова есть в ${formatCount(search.complete, ['практике', 'практиках', 'практиках'])}; за ними — практики, где есть часть из них.`;
	}
	return '';
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** Wires the search page: URL ⇄ form ⇄ Pagefind ⇄ results, facets and the live status line. */
export function startSearchPage(): void {
	const form = $<HTMLFormElement>('search-form');
	const input = $<HTMLInputElement>('search-query');
	const status = $('search-status');
	const list = $<HTMLOListElement>('search-results');
	const more = $<HTMLButtonElement>('search-more');
	const empty = $('search-empty');
	const note = $('search-note');
	const suggestion = $('search-suggestion');
	const facetsBox = $('search-facets');
	const labels = JSON.parse($('search-labels').textContent ?? '{}') as FacetLabels;
	const abbreviations = JSON.parse($('search-abbreviations').textContent ?? '{}') as Abbreviations;

	let state = readSearchState(location.search);
	let generation = 0;
	let shown: PagefindSearch['results'] = [];

	const label = (facet: Facet, value: string) => labels[facet]?.[value] ?? value;

	function syncForm(): void {
		input.value = state.query;
		for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="sort"]')) radio.checked = radio.value === state.sort;
	}

	function resultItem(data: PagefindResultData): HTMLLIElement {
		const item = document.createElement('li');
		item.className = 'mp-result';
		const heading = document.createElement('h2');
		heading.className = 'mp-result__title';
		const link = document.createElement('a');
		link.href = data.url;
		link.textContent = data.meta.title ?? data.url;
		heading.append(link);
		const meta = document.createElement('p');
		meta.className = 'mp-meta';
		meta.textContent = [data.meta.region, data.meta.spheres].filter(Boolean).join(' · ');
		const excerpt = document.createElement('p');
		// Pagefind escapes the page text and adds only <mark> around matches.
		excerpt.innerHTML = data.excerpt;
		item.append(heading, meta, excerpt);
		return item;
	}

	async function renderMore(results: PagefindSearch['results'], from: number, run: number): Promise<void> {
		// Every excerpt is requested at once, and each is shown as soon as it and those above it
		// have arrived: on a slow link the first result appears without waiting for the tenth.
		// Until this page of results is in, «Показать ещё» is hidden: a second click would ask for the same page again.
		more.hidden = true;
		list.removeAttribute('data-ready');
		list.setAttribute('aria-busy', 'true');
		const pending = results.slice(from, from + PAGE).map((result) => result.data());
		for (const next of pending) {
			const data = await next;
			// A newer search may have started while the fragments loaded: its results win.
			if (run !== generation) return;
			list.append(resultItem(data));
		}
		more.hidden = results.length <= from + PAGE;
		// Tests and assistive tech can tell a finished list from one still filling.
		list.dataset.ready = 'true';
		list.removeAttribute('aria-busy');
	}

	/** «Возможно, вы искали: …», each corrected query a link that searches for it. */
	function renderSuggestion(queries: string[]): void {
		suggestion.hidden = queries.length === 0;
		const links = queries.flatMap((query, i) => {
			const link = document.createElement('a');
			link.href = `${location.pathname}${writeSearchState({ ...state, query })}`;
			link.textContent = query;
			link.addEventListener('click', (event) => {
				event.preventDefault();
				commit({ ...state, query });
				syncForm();
			});
			return i ? [', ', link] : [link];
		});
		suggestion.replaceChildren('Возможно, вы искали: ', ...links, '?');
	}

	function renderFacets(counts: Partial<Record<Facet, Record<string, number>>>, search: QueryOutcome): void {
		// Partial matches: the facets of the fallback are not known, so only the chosen ones stay, to be unchosen.
		// (NaN: a value shown without a count.)
		if (search.match !== 'all')
			counts = Object.fromEntries(FACETS.flatMap((facet) => (state.filters[facet] ? [[facet, { [state.filters[facet]]: NaN }]] : [])));
		facetsBox.replaceChildren(
			...FACETS.flatMap((facet) => {
				const values = Object.entries(counts[facet] ?? {})
					.filter(([value, count]) => count > 0 || state.filters[facet] === value)
					.sort(([a, x], [b, y]) =>
						facet === 'year' ? Number(b) - Number(a) : y - x || label(facet, a).localeCompare(label(facet, b), 'ru'),
					);
				if (values.length === 0) return [];
				const fieldset = document.createElement('fieldset');
				fieldset.className = 'mp-facet';
				const legend = document.createElement('legend');
				legend.textContent = FACET_TITLES[facet];
				fieldset.append(legend);
				const options: [string, string, number | undefined][] = [
					['', 'Все', undefined],
					...values.map(([value, count]) => [value, label(facet, value), count] as [string, string, number]),
				];
				for (const [value, text, count] of options) {
					const row = document.createElement('label');
					const radio = document.createElement('input');
					radio.type = 'radio';
					radio.name = `facet-${facet}`;
					radio.value = value;
					radio.checked = (state.filters[facet] ?? '') === value;
					radio.addEventListener('change', () => commit({ ...state, filters: { ...state.filters, [facet]: value || undefined } }));
					row.append(radio, ` ${text}`);
					if (count !== undefined && !Number.isNaN(count)) {
						const badge = document.createElement('span');
						badge.className = 'mp-facet__count';
						badge.dataset.count = String(count);
						badge.textContent = ` (${count})`;
						row.append(badge);
					}
					fieldset.append(row);
				}
				return [fieldset];
			}),
		);
	}

	async function run(): Promise<void> {
		const current = ++generation;
		// Tests and assistive tech can tell a finished search from one in flight.
		list.removeAttribute('data-ready');
		list.setAttribute('aria-busy', 'true');
		status.textContent = 'Ищу…';
		const pagefind: Pagefind = await loadPagefind();
		// With no words, the page is a faceted catalogue of everything, newest first.
		const byDate = state.sort === 'date' || !state.query;
		const options = { filters: toPagefindFilters(state), ...(byDate ? { sort: { date: 'desc' as const } } : {}) };
		const search = await runQuery(pagefind, state.query, options, abbreviations);
		// Counts for a facet with a choice made are those without that choice, so each shown
		// count is exactly what choosing that value returns. A list of partial matches is a
		// union of searches, whose counts Pagefind cannot give: its facets show no counts.
		const counts: Partial<Record<Facet, Record<string, number>>> = { ...search.filters };
		if (search.match === 'all') {
			for (const facet of FACETS) {
				if (!state.filters[facet]) continue;
				const without = { ...state, filters: { ...state.filters, [facet]: undefined } };
				const query = search.correctedTo ?? state.query;
				counts[facet] = (await findPractices(pagefind, query, { filters: toPagefindFilters(without) }, abbreviations)).filters[facet] ?? {};
			}
		}
		if (current !== generation) return;
		list.replaceChildren();
		// Which query the list now shows; `data-ready` says when all of its first page is in.
		list.dataset.query = state.query;
		more.hidden = true;
		shown = search.results;
		status.textContent = search.results.length
			? `Найдено: ${formatCount(search.results.length, ['практика', 'практики', 'практик'])}.`
			: 'Ничего не найдено.';
		note.textContent = searchNote(search);
		note.hidden = !note.textContent;
		renderSuggestion(search.suggestions);
		empty.hidden = search.results.length > 0;
		renderFacets(counts, search);
		await renderMore(search.results, 0, current);
	}

	/** A new search the user asked for: becomes a history entry, so Back returns to the previous one. */
	function commit(next: SearchState): void {
		state = next;
		history.pushState(null, '', `${location.pathname}${writeSearchState(state)}`);
		void run();
	}

	let timer: number | undefined;
	input.addEventListener('input', () => {
		window.clearTimeout(timer);
		timer = window.setTimeout(() => {
			const query = input.value.trim();
			// A trailing space changes nothing the search sees: keep the results already shown.
			if (query === state.query) return;
			state = { ...state, query };
			history.replaceState(null, '', `${location.pathname}${writeSearchState(state)}`);
			void run();
		}, typingDelay(input.value));
	});
	input.addEventListener('focus', () => void loadPagefind(), { once: true });
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		window.clearTimeout(timer);
		commit({ ...state, query: input.value.trim() });
	});
	for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="sort"]')) {
		radio.addEventListener('change', () => commit({ ...state, sort: radio.value === 'date' ? 'date' : 'relevance' }));
	}
	more.addEventListener('click', () => void renderMore(shown, list.children.length, generation));
	window.addEventListener('popstate', () => {
		state = readSearchState(location.search);
		syncForm();
		void run();
	});

	syncForm();
	// Paint the page first, then start Pagefind, so that its script, WebAssembly and index never
	// compete with the first paint on a slow phone. A rAF callback runs just before a frame is
	// drawn; a task queued from it runs once that frame is on screen.
	requestAnimationFrame(() => setTimeout(() => void run(), 0));
}
