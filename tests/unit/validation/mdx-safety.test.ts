import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/validation/check-content.ts';
import { checkMdxBody } from '../../../src/lib/validation/check-mdx-body.ts';
import { formatIssue } from '../../../src/lib/validation/content-issue.ts';
import { copyMinimalContent } from '../../fixtures/content-tree.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/unsafe-mdx');

const EXPECTED: Record<string, RegExp> = {
	import: /import и export запрещены/,
	export: /import и export запрещены/,
	expression: /выражения в фигурных скобках запрещены/,
	'flow-expression': /выражения в фигурных скобках запрещены/,
	script: /тег <script> запрещён/,
	iframe: /тег <iframe> запрещён/,
	style: /тег <style> запрещён/,
	object: /тег <object> запрещён/,
	'event-handler': /обработчики событий \(onclick=…\) запрещены/,
	'javascript-link': /адреса javascript: и data: запрещены/,
	'data-link': /адреса javascript: и data: запрещены/,
	'javascript-attribute': /адреса javascript: и data: запрещены \(атрибут title в <Callout>\)/,
	'unknown-component': /тег <Tracker> не разрешён; можно: Callout, Metric, Quote/,
	'vague-link': /текст ссылки «подробнее» ничего не говорит о цели/,
	'spread-attribute': /атрибуты-выражения \{…\} запрещены/,
};

describe('content safety of MDX bodies', () => {
	it('has a fixture for every forbidden construct and an expectation for every fixture', () => {
		const fixtures = fs
			.readdirSync(FIXTURES)
			.filter((f) => f.endsWith('.mdx'))
			.map((f) => f.replace(/\.mdx$/, ''));
		expect(fixtures.sort()).toEqual(Object.keys(EXPECTED).sort());
	});

	it.each(Object.entries(EXPECTED))('rejects %s with the file and the line', (name, message) => {
		const dir = copyMinimalContent();
		const practice = path.join(dir, 'practices/valid-practice.mdx');
		const source = fs.readFileSync(practice, 'utf8');
		const frontmatterEnd = source.indexOf('\n---\n') + '\n---\n'.length;
		const bodyStart = source.slice(0, frontmatterEnd).split('\n').length;
		fs.writeFileSync(practice, `${source.slice(0, frontmatterEnd)}${fs.readFileSync(path.join(FIXTURES, `${name}.mdx`), 'utf8')}`);
		const lines = checkContent(dir, { root: dir, today: '2026-11-22' }).errors.map(formatIssue);
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(new RegExp(`^practices/valid-practice\\.mdx:${bodyStart + 2}: `));
		expect(lines[0]).toMatch(message);
	});

	it('accepts the allowed components, inline tags, tables and descriptive links', () => {
		const body = fs.readFileSync(path.resolve(FIXTURES, '../allowed-components.mdx'), 'utf8');
		expect(checkMdxBody(body, 'x.mdx', 1)).toEqual([]);
	});

	it('sees through disguised javascript: URLs', () => {
		const issues = checkMdxBody('[Отчёт](JaVaScRiPt:alert(1))\n\n[Отчёт](&#x20;javascript:alert(1))', 'x.mdx', 10);
		expect(issues.map((issue) => issue.line)).toEqual([10, 12]);
	});

	it('reports an unclosed tag in Russian, at the line of the file where the tag opens, with its fix', () => {
		const [issue] = checkMdxBody('Текст\n\n<Callout>без закрытия\n', 'x.mdx', 5);
		expect(issue!.message).toBe('тег <Callout> открыт, но не закрыт: добавьте </Callout> после его текста');
		// Body line 3, the body starting at file line 5.
		expect(issue!.line).toBe(7);
	});

	it('explains a brace in the text, a lone «<» and a mismatched closing tag, each with its fix', () => {
		const message = (body: string) => checkMdxBody(body, 'x.mdx', 1)[0]!.message;
		expect(message('Бюджет {1 000} рублей.')).toMatch(/поставьте перед ней обратную косую черту — \\\{1 000\\\}/);
		expect(message('Меньше <5 процентов.')).toMatch(/^знак < начинает тег компонента/);
		expect(message('<Quote author="А">Цитата</Qoute>')).toMatch(/^закрывающий тег <\/Qoute> не подходит к открытому <Quote>/);
	});
});
