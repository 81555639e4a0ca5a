import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { slugify } from '../format/transliterate.ts';
import { CONTENT_FILES } from './content-dir.ts';
import { PRACTICE_BODY_TEMPLATE, PRACTICE_STYLE, SUMMARY_PLACEHOLDER } from './practice-file.ts';
import { writeMapping } from './yaml-blocks.ts';

/** What `npm run new` asks for; everything else is left for the editor, marked in the file. */
export interface PracticeDraft {
	title: string;
	kind: string;
	spheres: string[];
	region: string;
	summary?: string;
	/** An existing source id, or a new source to add to sources.yaml. */
	source: { id: string } | { title: string; publisher?: string; date?: string; url?: string };
	/** Day the entry is added, `YYYY-MM-DD`. */
	today: string;
}

export { SUMMARY_PLACEHOLDER } from './practice-file.ts';

/** Adds a source to sources.yaml (keeping the file's comments) and returns its new id. */
function addSource(contentDir: string, source: Exclude<PracticeDraft['source'], { id: string }>): string {
	const file = path.join(contentDir, CONTENT_FILES.sources);
	const text = fs.readFileSync(file, 'utf8');
	const base = slugify(source.title, 50) || 'source';
	let id = base;
	for (let n = 2; new RegExp(`^- id: ${id}$`, 'm').test(text); n++) id = `${base}-${n}`;
	const item = stringify([{ id, ...Object.fromEntries(Object.entries(source).filter(([, v]) => v)) }]);
	fs.writeFileSync(file, `${text.replace(/\n*$/, '\n')}${item}`);
	return id;
}

/**
 * Writes a new draft entry that passes the check, with the fields the editor still has to fill in
 * shown as YAML comments and the body laid out as problem → solution → results → how to repeat.
 * Never overwrites: returns an error message instead.
 */
export function scaffoldPractice(contentDir: string, draft: PracticeDraft): { file: string } | { error: string } {
	const id = slugify(draft.title);
	if (!id) return { error: 'из названия не получился латинский адрес: добавьте в название слова' };
	const file = path.join(contentDir, CONTENT_FILES.practices, `${id}.mdx`);
	if (fs.existsSync(file)) return { error: `файл ${file} уже есть; выберите другое название или правьте существующую запись` };
	const sourceId = 'id' in draft.source ? draft.source.id : addSource(contentDir, draft.source);
	// Written as the hand-written entries and the form at /admin/ write them (slugs on one line, folded summary).
	const frontmatter = writeMapping({
		title: draft.title,
		summary: draft.summary ?? SUMMARY_PLACEHOLDER,
		kind: draft.kind,
		spheres: draft.spheres,
		region: draft.region,
		sources: [sourceId],
		added: draft.today,
		// A draft until its prompts are replaced: the check refuses them in a published entry.
		draft: true,
	}, PRACTICE_STYLE);
	const todo = [
		'# Запись — черновик (draft: true): когда текст и краткое описание написаны по источнику, удалите строку draft.',
		'# Заполните, если источник это сообщает (иначе удалите строки):',
		'# municipality:',
		'#   name: Название муниципалитета',
		'#   type: муниципальный район',
		'# programme: mayors-school',
		'# cohort: 1',
		'# authors:',
		'#   - name: Имя Фамилия',
		'#     position: должность, как в источнике',
		'# status: developed        # planned | developed | implementing | implemented',
		'# date: 2024-04            # ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД',
		'# results:',
		'#   - value: 8000',
		'#     unit: обращений',
		'#     label: что измеряет число',
	].join('\n');
	fs.mkdirSync(path.dirname(file), { recursive: true });
	fs.writeFileSync(file, `---\n${frontmatter}${todo}\n---\n\n${PRACTICE_BODY_TEMPLATE}`);
	return { file };
}
