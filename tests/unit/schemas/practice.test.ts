import { describe, expect, it } from 'vitest';
import { createPracticeSchema } from '../../../src/lib/schemas/index.ts';
import { FIXTURE_IDS, validPractice } from '../../fixtures/taxonomy-ids.ts';

const schema = createPracticeSchema(FIXTURE_IDS);

/** The single issue a broken fixture produces: its field path and message. */
function issueOf(data: Record<string, unknown>) {
	const result = schema.safeParse(data);
	expect(result.success).toBe(false);
	const issues = result.error!.issues;
	expect(issues).toHaveLength(1);
	return { field: issues[0]!.path.join('.'), message: issues[0]!.message, code: issues[0]!.code };
}

describe('PracticeSchema', () => {
	it('accepts a complete valid entry and resolves its dates', () => {
		const result = schema.parse(validPractice());
		expect(result.date).toEqual({ year: 2024, month: 4, precision: 'month', iso: '2024-04' });
		expect(result.added.precision).toBe('day');
		expect(result.draft).toBe(false);
	});

	it('accepts a minimal entry without the optional fields', () => {
		const { municipality, programme, cohort, authors, status, date, results, ...minimal } = validPractice();
		expect(schema.safeParse({ ...minimal, kind: 'municipal-practice' }).success).toBe(true);
	});

	it('accepts dates that YAML parsed as Date or number', () => {
		const result = schema.parse({ ...validPractice(), date: 2024, added: new Date('2026-11-22T00:00:00Z') });
		expect(result.date?.iso).toBe('2024');
		expect(result.added.iso).toBe('2026-11-22');
	});

	const broken: [string, (data: Record<string, unknown>) => void, string, RegExp][] = [
		['missing title', (d) => delete d.title, 'title', /название \(title\)/],
		['too short summary', (d) => (d.summary = 'Коротко.'), 'summary', /короче 50 символов/],
		['unknown kind', (d) => (d.kind = 'project'), 'kind', /graduation-project, regional-practice, municipal-practice/],
		['unknown sphere slug', (d) => (d.spheres = ['housing']), 'spheres.0', /«housing» нет в content\/spheres\.yaml.*housing-utilities/],
		['no spheres', (d) => (d.spheres = []), 'spheres', /хотя бы одну сферу/],
		['misspelt region', (d) => (d.region = 'altay-krai'), 'region', /возможно, имелось в виду «altai-krai»/],
		['no source', (d) => (d.sources = []), 'sources', /хотя бы один источник/],
		['unknown source', (d) => (d.sources = ['nowhere']), 'sources.0', /«nowhere» нет в content\/sources\.yaml/],
		['malformed date', (d) => (d.date = '12.04.2024'), 'date', /«12\.04\.2024» — не дата; ожидается дата в виде ГГГГ/],
		['impossible day', (d) => (d.date = '2024-02-30'), 'date', /не дата/],
		['partial added date', (d) => (d.added = '2026-11'), 'added', /полная дата/],
		['metric without a number', (d) => (d.results = [{ value: 'много', label: 'x' }]), 'results.0.value', /ожидается число/],
		['unknown status', (d) => (d.status = 'done'), 'status', /planned, developed, implementing, implemented/],
		['cohort without programme', (d) => delete d.programme && (d.kind = 'municipal-practice'), 'cohort', /поток указан без программы/],
		['graduation project outside the School', (d) => (d.programme = 'forum'), 'programme', /mayors-school/],
		['edit before adding', (d) => (d.updated = '2026-01-01'), 'updated', /раньше даты добавления/],
		['unknown municipality type', (d) => (d.municipality = { name: 'X', type: 'город' }), 'municipality.type', /муниципальный район/],
	];

	it.each(broken)('rejects %s, naming the field and what is expected', (_name, breakIt, field, message) => {
		const data = validPractice();
		breakIt(data);
		const issue = issueOf(data);
		expect(issue.field).toBe(field);
		expect(issue.message).toMatch(message);
	});

	it('rejects a misspelt field name as an unknown key', () => {
		const { spheres, ...rest } = validPractice();
		const result = schema.safeParse({ ...rest, sphere: spheres });
		expect(result.success).toBe(false);
		expect(result.error!.issues.map((issue) => issue.code).sort()).toEqual(['invalid_type', 'unrecognized_keys']);
	});
});
