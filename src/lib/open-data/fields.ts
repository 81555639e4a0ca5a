/** One column of the open data files, documented on the About page. */
export interface OpenDataField {
	name: string;
	description: string;
}

/** Columns of practices.json and practices.csv, in file order. */
export const OPEN_DATA_FIELDS: readonly OpenDataField[] = [
	{ name: 'id', description: 'Постоянный идентификатор записи (латиницей); он же часть адреса страницы.' },
	{ name: 'url', description: 'Полный адрес страницы практики.' },
	{ name: 'title', description: 'Название практики.' },
	{ name: 'summary', description: 'Краткое описание в одно-два предложения.' },
	{ name: 'kind', description: 'Вид: graduation-project (выпускной проект «Школы мэров»), regional-practice, municipal-practice.' },
	{ name: 'spheres', description: 'Сферы (идентификаторы; в CSV через «; »).' },
	{ name: 'region', description: 'Регион (идентификатор).' },
	{ name: 'region_name', description: 'Официальное название региона.' },
	{ name: 'municipality', description: 'Муниципалитет, если практика относится к нему.' },
	{ name: 'programme', description: 'Программа, из которой пришла практика (идентификатор).' },
	{ name: 'cohort', description: 'Поток программы.' },
	{
		name: 'mechanisms',
		description: 'Механизмы: как практика организована и на какие деньги (идентификаторы из /mechanisms/; в CSV через «; »).',
	},
	{
		name: 'cost_total',
		description: 'Общая стоимость в рублях, как её называет источник; пусто, если источник её не называет (части не суммируются).',
	},
	{
		name: 'cost_qualifier',
		description: 'Слово источника перед общей суммой: около, более, свыше, до, порядка, не менее, предварительно.',
	},
	{ name: 'cost_year', description: 'Год, к которому относятся деньги, если источник его называет.' },
	{ name: 'cost_planned', description: 'true, если суммы — план или бюджет, а не потраченные деньги.' },
	{
		name: 'cost_parts',
		description:
			'Части стоимости по плательщикам: payer (federal, regional, municipal, residents, business, grant, other), amount в рублях, qualifier, note (слова источника).',
	},
	{ name: 'status', description: 'Стадия по источнику: planned, developed, implementing, implemented.' },
	{ name: 'date', description: 'Дата практики с той точностью, что в источнике: ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД.' },
	{ name: 'authors', description: 'Люди, названные в источнике, с должностями.' },
	{ name: 'results', description: 'Результаты в цифрах: значение, единица, что измеряет.' },
	{ name: 'sources', description: 'Источники: название, издатель, дата, адрес.' },
	{ name: 'added', description: 'Дата добавления записи в базу.' },
	{ name: 'updated', description: 'Дата последней правки записи.' },
];
