import type { z } from 'astro/zod';
import { suggestClosest } from '../schemas/suggest.ts';
import { formatFieldPath, type ContentIssue } from './content-issue.ts';
import type { LocatedYaml } from './yaml-document.ts';

function valueAt(data: unknown, segments: readonly PropertyKey[]): unknown {
	let current: unknown = data;
	for (const segment of segments) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<PropertyKey, unknown>)[segment];
	}
	return current;
}

/** Turns zod's issues into editor-facing ones: one per field, with line and offending value. */
export function zodIssues(error: z.ZodError, file: string, yaml: LocatedYaml, knownFields: readonly string[]): ContentIssue[] {
	return error.issues.flatMap((issue): ContentIssue[] => {
		if (issue.code === 'unrecognized_keys') {
			return issue.keys.map((key) => {
				const segments = [...issue.path, key];
				const closest = issue.path.length === 0 ? suggestClosest(key, knownFields) : undefined;
				return {
					file,
					line: yaml.lineOf(segments),
					field: formatFieldPath(segments),
					message: `неизвестное поле${closest ? `; возможно, имелось в виду «${closest}»` : ''}`,
				};
			});
		}
		const value = valueAt(yaml.data, issue.path);
		return [
			{
				file,
				line: yaml.lineOf(issue.path),
				field: formatFieldPath(issue.path) || undefined,
				message: issue.message,
				value,
			},
		];
	});
}
