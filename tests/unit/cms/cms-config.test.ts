import { describe, expect, it } from 'vitest';
import { createCmsConfig, githubRepoOf } from '../../../src/lib/cms/cms-config.ts';
import { PRACTICE_KEY_ORDER } from '../../../src/lib/content/practice-file.ts';
import { createPracticeSchema, GlossaryTermSchema, SourceSchema } from '../../../src/lib/schemas/index.ts';

type Field = {
	name: string;
	widget: string;
	required?: boolean;
	fields?: Field[];
	options?: (string | { value: string })[];
	collection?: string;
	file?: string;
};
type Collection = { name: string; hide?: boolean; fields?: Field[]; files?: { name: string; file: string; fields: Field[] }[] };

const config = createCmsConfig({ repo: 'https://github.com/example-org/practices-fork', branch: 'main', contentPath: 'content' }) as {
	backend: Record<string, string>;
	publish_mode: string;
	locale: string;
	collections: Collection[];
};
const collection = (name: string) => config.collections.find((c) => c.name === name)!;
const practiceFields = collection('practices').fields!;
const schema = createPracticeSchema({ regions: [], spheres: [], programmes: [], mechanisms: [], sources: [] });

/** A zod schema without its optional/default wrappers, arrays read as their element. */
function inner(type: any): any {
	while (['optional', 'default', 'nullable', 'array'].includes(type.def.type))
		type = type.def.type === 'array' ? type.element : type.def.innerType;
	return type;
}
const shapeKeys = (type: any) => Object.keys(inner(type).shape ?? {});

// The form must offer every field the schema has (and no other), so the two cannot drift apart.
describe('the form at /admin/ mirrors the practice schema', () => {
	it("has one widget per schema field, in the schema's order, and the body", () => {
		expect(practiceFields.map((field) => field.name)).toEqual([...Object.keys(schema.shape), 'body']);
	});

	it("has a widget for every field of the schema's nested objects and lists", () => {
		for (const [name, type] of Object.entries(schema.shape)) {
			const nested = shapeKeys(type);
			const field = practiceFields.find((f) => f.name === name)!;
			expect(field.fields?.map((f) => f.name) ?? [], name).toEqual(nested);
		}
	});

	it('marks as required exactly the fields the schema requires', () => {
		for (const [name, type] of Object.entries(schema.shape)) {
			const field = practiceFields.find((f) => f.name === name)!;
			expect(field.required !== false, name).toBe(!(type as any).safeParse(undefined).success);
		}
	});

	it("offers exactly the schema's values in its selects", () => {
		for (const name of ['kind', 'status']) {
			const field = practiceFields.find((f) => f.name === name)!;
			expect(field.widget).toBe('select');
			expect(
				field.options!.map((o) => (typeof o === 'string' ? o : o.value)),
				name,
			).toEqual(inner(schema.shape[name as 'kind']).options);
		}
		const type = practiceFields.find((f) => f.name === 'municipality')!.fields!.find((f) => f.name === 'type')!;
		expect(type.options).toEqual(inner(inner(schema.shape.municipality).shape.type).options);
	});

	it('picks spheres, region, programme and sources from their taxonomy files', () => {
		for (const [name, target] of [
			['spheres', 'spheres.yaml'],
			['region', 'regions.yaml'],
			['programme', 'programmes.yaml'],
			['sources', 'sources.yaml'],
		] as const) {
			const field = practiceFields.find((f) => f.name === name)!;
			expect(field.widget, name).toBe('relation');
			const files = collection(field.collection!).files!;
			expect(files.find((f) => f.name === field.file)?.file, name).toBe(`content/${target}`);
		}
	});

	it("writes the schema's fields in the order the practice files use", () => {
		expect(PRACTICE_KEY_ORDER.filter((key) => !key.includes('.'))).toEqual(Object.keys(schema.shape));
		for (const name of ['municipality', 'authors', 'results', 'baseline'] as const) {
			expect(
				PRACTICE_KEY_ORDER.filter((key) => key.startsWith(`${name}.`)).map((key) => key.slice(name.length + 1)),
				name,
			).toEqual(shapeKeys(schema.shape[name]));
		}
	});

	it('edits sources and glossary entries field for field', () => {
		for (const [name, itemSchema] of [
			['sources', SourceSchema],
			['glossary', GlossaryTermSchema],
		] as const) {
			const items = collection(name).files![0]!.fields[0]!;
			expect(items.widget).toBe('list');
			expect(
				items.fields!.map((f) => f.name),
				name,
			).toEqual(Object.keys(itemSchema.shape));
			for (const field of items.fields!)
				expect(field.required !== false, `${name}.${field.name}`).toBe(!(itemSchema.shape as any)[field.name].safeParse(undefined).success);
		}
	});
});

describe('the form saves through pull requests to the configured repository', () => {
	it('opens a branch and a pull request per entry in the repository of REPO_URL, in Russian', () => {
		expect(config.backend).toMatchObject({ name: 'github', repo: 'example-org/practices-fork', branch: 'main' });
		expect(config.publish_mode).toBe('editorial_workflow');
		expect(config.locale).toBe('ru');
	});

	it('reads owner and name from the forms a repository address takes', () => {
		expect(githubRepoOf('https://github.com/a/b')).toBe('a/b');
		expect(githubRepoOf('https://github.com/a/b.git')).toBe('a/b');
		expect(githubRepoOf('git@github.com:a/b.git')).toBe('a/b');
		expect(() => githubRepoOf('https://gitlab.com/a/b')).toThrow(/GitHub/);
	});
});
