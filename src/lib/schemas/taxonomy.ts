import { z } from 'astro/zod';

/** Latin kebab-case slug: it becomes part of a URL. The form at /admin/ checks the same pattern. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_HINT = 'ожидается латинский slug в нижнем регистре через дефис (например, altai-krai)';
export const SlugSchema = z.string().regex(SLUG_PATTERN, { message: SLUG_HINT });

const NonEmptyText = z.string().trim().min(1, { message: 'поле не должно быть пустым' });

/** A federal subject of Russia (content/regions.yaml). */
export const RegionSchema = z.strictObject({
	/** Latin slug used in URLs and in entries, e.g. `tyumen-oblast`. */
	id: SlugSchema,
	/** Official Russian name, e.g. `Кемеровская область — Кузбасс`. */
	name: NonEmptyText,
	/** Common short name for cards, e.g. `Кузбасс`; defaults to `name`. */
	short: NonEmptyText.optional(),
	/** Other names editors type, e.g. `[Башкирия]`, `[ХМАО, Югра]`: `npm run new` and the check understand them. */
	aliases: z.array(NonEmptyText).optional(),
	/** Federal district without the words «федеральный округ», e.g. `Сибирский`. */
	district: z.enum([
		'Центральный',
		'Северо-Западный',
		'Южный',
		'Северо-Кавказский',
		'Приволжский',
		'Уральский',
		'Сибирский',
		'Дальневосточный',
	]),
});
export type Region = z.infer<typeof RegionSchema>;

/** A sphere of municipal work (content/spheres.yaml). */
export const SphereSchema = z.strictObject({
	/** Latin slug, e.g. `housing-utilities`. */
	id: SlugSchema,
	/** Russian name shown in the interface, e.g. `ЖКХ`. */
	name: NonEmptyText,
	/** One line that says what belongs to the sphere. */
	description: NonEmptyText,
	/** Other names editors type, e.g. `[ТКО, мусор]`. */
	aliases: z.array(NonEmptyText).optional(),
});
export type Sphere = z.infer<typeof SphereSchema>;
