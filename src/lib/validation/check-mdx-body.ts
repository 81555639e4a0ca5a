import type { ContentIssue } from './content-issue.ts';

/**
 * Checks what the body of an entry may contain. For now only that it is not empty;
 * the allowlist of MDX constructs grows here.
 */
export function checkMdxBody(body: string, file: string, firstLine: number): ContentIssue[] {
	if (body.trim() === '') return [{ file, line: firstLine, message: 'текст практики пуст: опишите проблему, решение и результаты' }];
	return [];
}
