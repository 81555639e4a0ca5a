import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { toStarlightPage } from '../../../scripts/bench/starlight-page.ts';

const ENTRY = `---
title: 'Раздельный сбор: опыт Верхнегорска'
summary: Синтетическая практика для проверки масштаба.
kind: municipal-practice
spheres:
  - waste
---

## Проблема

Текст с таблицей.

| Показатель | До | После |
| --- | --- | --- |
| доля | 20 | 91 |
`;

describe('toStarlightPage', () => {
	it('keeps only Starlight frontmatter: the title, and the summary as description', () => {
		const page = toStarlightPage(ENTRY);
		const frontmatter = parse(/^---\n([\s\S]*?)\n---\n/.exec(page)![1]!);
		expect(frontmatter).toEqual({
			title: 'Раздельный сбор: опыт Верхнегорска',
			description: 'Синтетическая практика для проверки масштаба.',
		});
	});

	it('leaves the body byte for byte as it was', () => {
		const body = ENTRY.slice(ENTRY.indexOf('---\n', 4) + 4);
		expect(toStarlightPage(ENTRY).endsWith(`---\n${body}`)).toBe(true);
	});

	it('refuses an entry without frontmatter or without a title', () => {
		expect(() => toStarlightPage('## Проблема\n')).toThrow(/frontmatter/);
		expect(() => toStarlightPage('---\nsummary: x\n---\n\nТекст\n')).toThrow(/title/);
	});
});
