// Russian → Latin for URL slugs, after the passport system (МВД, 2014) that officials know:
// «Щёлково» → «shchelkovo», «Тюмень» → «tiumen».
const TABLE: Record<string, string> = {
	а: 'a',
	б: 'b',
	в: 'v',
	г: 'g',
	д: 'd',
	е: 'e',
	ё: 'e',
	ж: 'zh',
	з: 'z',
	и: 'i',
	й: 'i',
	к: 'k',
	л: 'l',
	м: 'm',
	н: 'n',
	о: 'o',
	п: 'p',
	р: 'r',
	с: 's',
	т: 't',
	у: 'u',
	ф: 'f',
	х: 'kh',
	ц: 'ts',
	ч: 'ch',
	ш: 'sh',
	щ: 'shch',
	ъ: 'ie',
	ы: 'y',
	ь: '',
	э: 'e',
	ю: 'iu',
	я: 'ia',
};

/** Transliterates Russian text to Latin letters; other characters pass through. */
export function transliterate(text: string): string {
	return [...text.toLowerCase()].map((char) => TABLE[char] ?? char).join('');
}

/**
 * A Latin kebab-case slug from a Russian title, cut at a word boundary to `maxLength`:
 * «Единая инвестиционная команда» → «edinaia-investitsionnaia-komanda».
 */
export function slugify(text: string, maxLength = 60): string {
	const slug = transliterate(text)
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (slug.length <= maxLength) return slug;
	const cut = slug.slice(0, maxLength + 1);
	return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : maxLength);
}
