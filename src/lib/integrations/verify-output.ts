import fs from 'node:fs';
import path from 'node:path';
import { ogImageUrl } from '../urls.ts';

/**
 * Refuses a build that lost or gained a practice: every published entry must have its page,
 * no other page may sit under /practices/<id>/, the search index must hold each once, and each
 * must have its link-preview image.
 */
export function verifyBuiltPractices(
	siteDir: string,
	publishedIds: readonly string[],
	indexedPages: number,
	{ ogImages = true }: { ogImages?: boolean } = {},
): void {
	const practicesDir = path.join(siteDir, 'practices');
	const built = fs
		.readdirSync(practicesDir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && entry.name !== 'page')
		.map((entry) => entry.name);
	const expected = new Set(publishedIds);
	const missing = publishedIds.filter((id) => !fs.existsSync(path.join(practicesDir, id, 'index.html')));
	const extra = built.filter((id) => !expected.has(id));
	const withoutImage = ogImages ? publishedIds.filter((id) => !fs.existsSync(path.join(siteDir, ogImageUrl(id)))) : [];
	const problems = [
		missing.length && `нет страниц для: ${missing.join(', ')}`,
		extra.length && `лишние страницы: ${extra.join(', ')}`,
		withoutImage.length && `нет картинок для превью ссылок: ${withoutImage.join(', ')}`,
		indexedPages !== publishedIds.length && `в поисковом индексе ${indexedPages} страниц вместо ${publishedIds.length}`,
	].filter(Boolean);
	if (problems.length) throw new Error(`Сборка не совпадает с содержимым: ${problems.join('; ')}`);
}
