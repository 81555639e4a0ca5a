import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { readTaxonomyIds } from '../content/read-taxonomies.ts';
import { CONTENT_FILES } from '../content/content-dir.ts';
import {
	createMechanismSchema,
	createProgrammeSchema,
	GlossaryTermSchema,
	ThesaurusConceptSchema,
	RegionSchema,
	SourceSchema,
	SphereSchema,
	type GlossaryTerm,
	type Mechanism,
	type Sphere,
	type TaxonomyIds,
} from '../schemas/index.ts';
import type { ContentIssue } from './content-issue.ts';
import { isFuture } from './future-date.ts';
import { parseLocatedYaml, type LocatedYaml } from './yaml-document.ts';
import { zodIssues } from './zod-issues.ts';
import { sourceUrlIssues } from './practice-rules.ts';
import { normalizeText } from '../search/search-words.ts';

/** Validates one YAML taxonomy file; returns the items that passed. */
interface CheckedTaxonomy<T> {
	items: T[];
	/** Line of an item (or of one of its fields) in the file, by the item's key. */
	lineOf(key: string, field?: string): number | undefined;
}

function checkTaxonomyFile<T>(
	contentDir: string,
	name: string,
	schema: z.ZodType<T>,
	keyOf: (item: T) => string,
	root: string,
	errors: ContentIssue[],
): CheckedTaxonomy<T> {
	const absolute = path.join(contentDir, name);
	const file = path.relative(root, absolute);
	const none: CheckedTaxonomy<T> = { items: [], lineOf: () => undefined };
	if (!fs.existsSync(absolute)) {
		errors.push({ file, message: 'файл не найден' });
		return none;
	}
	const yaml = parseLocatedYaml(fs.readFileSync(absolute, 'utf8'));
	if (yaml.syntaxErrors.length) {
		errors.push(...yaml.syntaxErrors.map(({ line, message }) => ({ file, line, message: `ошибка YAML: ${message}` })));
		return none;
	}
	if (!Array.isArray(yaml.data)) {
		errors.push({ file, message: 'ожидается список элементов (каждый начинается с «- id: …»)' });
		return none;
	}
	const indexByKey = new Map<string, number>();
	const items = yaml.data.flatMap((item, index) => {
		const result = schema.safeParse(item);
		if (!result.success) {
			const scoped: LocatedYaml = { ...yaml, data: item, lineOf: (segments) => yaml.lineOf([index, ...segments]) };
			errors.push(
				...zodIssues(result.error, file, scoped, []).map((issue) => ({
					...issue,
					field: `[${index}]${issue.field ? `.${issue.field}` : ''}`,
				})),
			);
			return [];
		}
		const key = keyOf(result.data);
		if (indexByKey.has(key)) {
			errors.push({ file, line: yaml.lineOf([index]), field: `[${index}]`, message: 'повторяющийся идентификатор', value: key });
			return [];
		}
		indexByKey.set(key, index);
		return [result.data];
	});
	return {
		items,
		lineOf: (key, field) => {
			const index = indexByKey.get(key);
			return index === undefined ? undefined : yaml.lineOf(field ? [index, field] : [index]);
		},
	};
}

/** What the taxonomy files hold that the practices are checked against and counted by. */
export interface CheckedTaxonomies {
	ids: TaxonomyIds;
	spheres: Sphere[];
	mechanisms: Mechanism[];
	glossary: GlossaryTerm[];
	sourceCount: number;
}

/** Checks every taxonomy file (regions, spheres, programmes, mechanisms, sources, glossary, thesaurus) into `errors`. */
export function checkTaxonomies(contentDir: string, root: string, today: string, errors: ContentIssue[]): CheckedTaxonomies {
	const ids = readTaxonomyIds(contentDir);
	const byId = (item: { id: string }) => item.id;
	checkTaxonomyFile(contentDir, CONTENT_FILES.regions, RegionSchema, byId, root, errors);
	const spheres = checkTaxonomyFile(contentDir, CONTENT_FILES.spheres, SphereSchema, byId, root, errors).items;
	checkTaxonomyFile(contentDir, CONTENT_FILES.programmes, createProgrammeSchema(ids), byId, root, errors);
	const mechanisms = checkTaxonomyFile(contentDir, CONTENT_FILES.mechanisms, createMechanismSchema(ids), byId, root, errors).items;
	const sources = checkTaxonomyFile(contentDir, CONTENT_FILES.sources, SourceSchema, byId, root, errors);
	const glossary = checkTaxonomyFile(contentDir, CONTENT_FILES.glossary, GlossaryTermSchema, (item) => item.term, root, errors).items;
	// A concept is keyed by its first word: two concepts that start alike are one concept written twice.
	checkTaxonomyFile(contentDir, CONTENT_FILES.thesaurus, ThesaurusConceptSchema, (item) => normalizeText(item.words[0]!), root, errors);
	const sourcesFile = path.relative(root, path.join(contentDir, CONTENT_FILES.sources));
	const urlIssues = sourceUrlIssues(sources.items);
	sources.items.forEach((source, index) => {
		if (isFuture(source.date, today)) {
			errors.push({ file: sourcesFile, field: `${source.id}.date`, message: 'дата публикации в будущем', value: source.date?.iso });
		}
		for (const issue of urlIssues.filter((found) => found.index === index)) {
			errors.push({
				file: sourcesFile,
				line: sources.lineOf(source.id, issue.field),
				field: `${source.id}.url`,
				message: issue.message,
				...(issue.value === undefined ? {} : { value: issue.value }),
			});
		}
	});

	return { ids, spheres, mechanisms, glossary, sourceCount: sources.items.length };
}
