import { formatIssue } from './content-issue.ts';
import type { CheckResult } from './check-content.ts';
import { formatCount } from '../format/plural.ts';
import { WORDS } from '../ui-strings.ts';
import { formatCoverage } from './coverage.ts';

/** What a build says after a report with errors, when it stops without publishing anything. */
export const BUILD_STOPPED = 'Сборка остановлена: в содержимом есть ошибки (см. выше).';

/** Prints the check's findings; returns true when there are no errors. */
export function printCheckReport(result: CheckResult, log: (line: string) => void = console.error): boolean {
	for (const warning of result.warnings) log(`предупреждение: ${formatIssue(warning)}`);
	for (const error of result.errors) log(`ошибка: ${formatIssue(error)}`);
	const published = result.practices.filter((practice) => !practice.draft).length;
	if (result.errors.length) {
		log(
			`\nПроверка не пройдена: ${formatCount(result.errors.length, ['ошибка', 'ошибки', 'ошибок'])}. Исправьте и запустите «npm run check» снова.`,
		);
		return false;
	}
	log(
		`Проверка пройдена: ${formatCount(published, WORDS.practice)} к публикации; ` +
			`черновиков: ${result.practices.length - published}; предупреждений: ${result.warnings.length}.`,
	);
	for (const line of formatCoverage(result.coverage)) log(line);
	return true;
}
