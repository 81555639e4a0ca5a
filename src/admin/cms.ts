// The editors' form at /admin/: Decap CMS with the site's own file formats, components and checks.
// Bundled by src/lib/integrations/admin.ts into /admin/cms.js; no other page loads it.
import CMS from 'decap-cms-app/dist/decap-cms-app.js';
import { parse } from 'yaml';
import { parsePracticeFile, TAXONOMY_LIST_STYLE, writePracticeFile } from '../lib/content/practice-file.ts';
import { normalize, writeList } from '../lib/content/yaml-blocks.ts';
import { slugify } from '../lib/format/transliterate.ts';
import { registerComponents } from './components.ts';
import { RU_PHRASES } from './phrases.ts';
import { validateEntry } from './validate.ts';

/**
 * The file as it was loaded, kept in the entry's data (the form shows only configured fields), so
 * that saving rewrites only the fields the editor changed and a pull request's diff shows just them.
 */
const ORIGINAL = 'mp_original';
/** The file name for a new practice: its title transliterated, as `npm run new` names files. */
const SLUG = 'mp_slug';

CMS.registerCustomFormat('practice-mdx', 'mdx', {
	fromFile: (text: string) => {
		const { data, body } = parsePracticeFile(text);
		return { ...data, body, [ORIGINAL]: text };
	},
	toFile: (entry: Record<string, unknown>) => {
		const { body, [ORIGINAL]: original, [SLUG]: _slug, ...fields } = entry;
		return writePracticeFile(fields, typeof body === 'string' ? body : '', typeof original === 'string' ? original : undefined);
	},
});

CMS.registerCustomFormat('yaml-list', 'yaml', {
	fromFile: (text: string) => {
		const items: unknown = parse(text);
		return { items: Array.isArray(items) ? normalize(items, TAXONOMY_LIST_STYLE) : [], [ORIGINAL]: text };
	},
	toFile: (entry: { items?: Record<string, unknown>[]; [ORIGINAL]?: string }) =>
		writeList(entry.items ?? [], TAXONOMY_LIST_STYLE, entry[ORIGINAL]),
});

registerComponents(CMS);

/** Decap shows a failed save as «Не удалось сохранить запись: ${error}»; without the «Error: » prefix. */
class RefusedEntry extends Error {
	override toString(): string {
		return this.message;
	}
}

/**
 * The check's problems stay on screen until the entry saves: Decap's own notice fades in seconds,
 * and an editor fixing the third of five problems needs the other two in view.
 */
function showProblems(problems: readonly string[]): void {
	let panel = document.getElementById(PROBLEMS_PANEL);
	if (!problems.length) return panel?.remove();
	if (!panel) {
		panel = document.createElement('section');
		panel.id = PROBLEMS_PANEL;
		panel.setAttribute('role', 'alert');
		panel.setAttribute('aria-label', 'Что исправить перед сохранением');
		panel.style.cssText =
			'position:fixed;right:1rem;bottom:1rem;z-index:1000;max-width:32rem;max-height:40vh;overflow:auto;padding:0.8rem 1rem;' +
			'background:#fff4f4;color:#5c0000;border:2px solid #b00020;border-radius:6px;font:15px/1.4 system-ui,sans-serif';
		document.body.append(panel);
	}
	const heading = document.createElement('strong');
	heading.textContent = 'Запись не сохранена — исправьте:';
	const list = document.createElement('ul');
	list.style.margin = '0.4rem 0 0';
	for (const problem of problems) list.append(Object.assign(document.createElement('li'), { textContent: problem }));
	panel.replaceChildren(heading, list);
}
const PROBLEMS_PANEL = 'mp-check-problems';

// Before every save: the rules of `npm run check`, with its messages; a refused entry writes nothing.
CMS.registerEventListener({
	name: 'preSave',
	handler: ({ entry }: { entry: ImmutableMap }) => {
		const data = entry.get('data');
		const plain = data.toJS() as Record<string, unknown>;
		const problems = validateEntry(entry.get('collection'), plain);
		showProblems(problems);
		if (problems.length) throw new RefusedEntry(`проверка не пропустит запись: ${problems.join('; ')}`);
		return entry.get('collection') === 'practices' ? data.set(SLUG, slugify(String(plain.title ?? ''))) : data;
	},
});

CMS.registerLocale('ru', RU_PHRASES(CMS.getLocale('ru')));
CMS.init();

interface ImmutableMap {
	get(key: string): any;
	set(key: string, value: unknown): ImmutableMap;
	toJS(): unknown;
}
