import { z } from 'astro/zod';
import { CostSchema } from './cost.ts';
import { DaySchema, PartialDateSchema } from './partial-date.ts';
import { referenceTo, type TaxonomyIds } from './reference.ts';

/** Kinds of entry: a graduation project of «Школа мэров» or a practice of a region or municipality. */
export const PRACTICE_KINDS = {
	'graduation-project': 'Выпускной проект «Школы мэров»',
	'regional-practice': 'Региональная практика',
	'municipal-practice': 'Муниципальная практика',
} as const;
export type PracticeKind = keyof typeof PRACTICE_KINDS;

/** Stages of a practice, only as the source states them. */
export const PRACTICE_STATUSES = {
	planned: 'Планируется',
	developed: 'Разработан',
	implementing: 'Внедряется',
	implemented: 'Внедрён',
} as const;
export type PracticeStatus = keyof typeof PRACTICE_STATUSES;

/** Legal types of municipalities (131-ФЗ), plus the city of federal significance. */
export const MUNICIPALITY_TYPES = [
	'городской округ',
	'городской округ с внутригородским делением',
	'муниципальный район',
	'муниципальный округ',
	'городское поселение',
	'сельское поселение',
	'внутригородская территория города федерального значения',
] as const;

function oneOf<T extends Record<string, string>>(labels: T) {
	const keys = Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];
	return z.enum(keys, {
		error: (issue) => `«${String(issue.input)}» — недопустимое значение; ожидается одно из: ${keys.join(', ')}`,
	});
}

/** A number the source states, with what it measures. */
export const MetricSchema = z.strictObject({
	/** The number itself, e.g. `8000`. */
	value: z.number({ error: 'ожидается число (без пробелов и единиц измерения)' }),
	/** Unit, in the form that reads after the number, e.g. `обращений`, `%`, `раза`. */
	unit: z.string().trim().min(1).optional(),
	/** What it measures, e.g. `обращений жителей в год`. */
	label: z.string().trim().min(1, { message: 'укажите, что измеряет число' }),
});
export type Metric = z.infer<typeof MetricSchema>;

/**
 * Builds the practice schema against the slugs that exist, so that a misspelt sphere,
 * region, programme or source fails with the file, the field and the nearest valid slug.
 */
export function createPracticeSchema(ids: TaxonomyIds) {
	return z
		.strictObject({
			/** Russian title, e.g. `Единая инвестиционная команда Тюменской области`. */
			title: z
				.string({ error: 'у практики должно быть название (title)' })
				.trim()
				.min(5, { message: 'название слишком короткое: нужно не меньше 5 символов' })
				.max(160, { message: 'название длиннее 160 символов; сократите его' }),
			/** One or two sentences used on cards and as the meta description; 50–300 characters. */
			summary: z
				.string({ error: 'нужно краткое описание (summary) в одно-два предложения' })
				.trim()
				.min(50, { message: 'краткое описание короче 50 символов; нужно одно-два полных предложения' })
				.max(300, { message: 'краткое описание длиннее 300 символов; оставьте одно-два предложения' }),
			/** `graduation-project`, `regional-practice` or `municipal-practice`. */
			kind: oneOf(PRACTICE_KINDS),
			/** One or more slugs from content/spheres.yaml, the main one first. */
			spheres: z
				.array(referenceTo('spheres', ids.spheres, ids.named?.spheres), { error: 'ожидается список сфер, например [housing-utilities]' })
				.min(1, { message: 'укажите хотя бы одну сферу' }),
			/** Slug from content/regions.yaml, e.g. `altai-krai`. */
			region: referenceTo('regions', ids.regions, ids.named?.regions),
			/** The municipality, if the practice belongs to one; omit for region-wide practices. */
			municipality: z
				.strictObject({
					/** Name as the source gives it, e.g. `Бийск`. */
					name: z.string().trim().min(1),
					/** Legal type, only if the source states it, e.g. `муниципальный район`. */
					type: z
						.enum(MUNICIPALITY_TYPES, {
							error: `ожидается один из типов: ${MUNICIPALITY_TYPES.join(', ')}`,
						})
						.optional(),
				})
				.optional(),
			/** Slug from content/programmes.yaml, e.g. `mayors-school`. */
			programme: referenceTo('programmes', ids.programmes, ids.named?.programmes).optional(),
			/** Cohort («поток») of the programme, 1 for the first. */
			cohort: z.number().int().positive().optional(),
			/** How it was organised or paid for: slugs from content/mechanisms.yaml, e.g. `[initiative-budgeting]`. */
			mechanisms: z
				.array(referenceTo('mechanisms', ids.mechanisms, ids.named?.mechanisms), {
					error: 'ожидается список механизмов, например [initiative-budgeting]',
				})
				.optional(),
			/** People behind the practice, named and described only as the source does. */
			authors: z
				.array(
					z.strictObject({
						/** Full name as in the source, e.g. `Александр Бирюков`. */
						name: z.string().trim().min(1),
						/** Position as in the source, e.g. `заместитель главы города Бийска`. */
						position: z.string().trim().min(1).optional(),
					}),
				)
				.optional(),
			/** `planned`, `developed`, `implementing` or `implemented`, only as the source states it. */
			status: oneOf(PRACTICE_STATUSES).optional(),
			/** When the practice was presented or launched, as precisely as known; omit if unknown. */
			date: PartialDateSchema.optional(),
			/** What it cost and who paid, as the sources state it (see cost.ts). */
			cost: CostSchema.optional(),
			/** Results as numbers the sources state. */
			results: z.array(MetricSchema).optional(),
			/** Figures that describe the problem before the practice, as the sources state them. */
			baseline: z.array(MetricSchema).optional(),
			/** Slugs from content/sources.yaml: at least one. */
			sources: z
				.array(referenceTo('sources', ids.sources), {
					error: 'ожидается список источников, например [aif-samara-small-towns]',
				})
				.min(1, { message: 'у практики должен быть хотя бы один источник' }),
			/** Day the entry was added to the base, `YYYY-MM-DD`. */
			added: DaySchema,
			/** Day of the last substantive edit, `YYYY-MM-DD`; defaults to `added`. */
			updated: DaySchema.optional(),
			/** A draft is checked but never published. Default `false`. */
			draft: z.boolean().default(false),
		})
		.superRefine((practice, ctx) => {
			if (practice.cohort !== undefined && practice.programme === undefined) {
				ctx.addIssue({ code: 'custom', path: ['cohort'], message: 'поток указан без программы (programme)' });
			}
			if (practice.kind === 'graduation-project' && practice.programme !== 'mayors-school') {
				ctx.addIssue({
					code: 'custom',
					path: ['programme'],
					message: 'выпускной проект должен относиться к программе mayors-school',
				});
			}
			if (practice.updated && practice.updated.iso < practice.added.iso) {
				ctx.addIssue({ code: 'custom', path: ['updated'], message: 'дата правки раньше даты добавления (added)' });
			}
		});
}
export type Practice = z.output<ReturnType<typeof createPracticeSchema>>;
