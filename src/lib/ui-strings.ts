import type { WordForms } from './format/plural.ts';

/** Word forms for counts, in one place so that every page agrees. */
export const WORDS = {
	practice: ['практика', 'практики', 'практик'],
	region: ['регион', 'региона', 'регионов'],
	sphere: ['сфера', 'сферы', 'сфер'],
	programme: ['программа', 'программы', 'программ'],
	page: ['страница', 'страницы', 'страниц'],
	result: ['результат', 'результата', 'результатов'],
	address: ['адрес', 'адреса', 'адресов'],
} as const satisfies Record<string, WordForms>;

/** Interface texts used in more than one template. */
export const UI = {
	skipLink: 'Перейти к содержанию',
	nav: {
		label: 'Основные разделы',
		practices: 'Все практики',
		spheres: 'Сферы',
		regions: 'Регионы',
		programmes: 'Программы',
		mechanisms: 'Механизмы',
		about: 'О проекте',
		contribute: 'Добавить практику',
	},
	search: {
		label: 'Поиск по практикам',
		placeholder: 'Например, аварии ЖКХ',
		button: 'Найти',
	},
	breadcrumbs: 'Навигация по разделам',
	home: 'Главная',
	pagination: 'Страницы списка',
	previous: 'Предыдущая',
	next: 'Следующая',
	suggestEdit: 'Предложить правку',
	noPractices: 'Практик в этом разделе пока нет.',
	invite: 'Знаете практику из этой сферы? Добавьте её — это можно сделать прямо в браузере.',
} as const;
