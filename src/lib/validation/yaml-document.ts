import { LineCounter, parseDocument, isNode, type Document } from 'yaml';

/** A parsed YAML text that can tell on which line a field sits. */
export interface LocatedYaml {
	data: unknown;
	/** Syntax errors with their lines; when there are any, `data` is not to be trusted. */
	syntaxErrors: { line: number; message: string }[];
	/** Line of the node at `segments` (or of its nearest existing parent), 1-based. */
	lineOf(segments: readonly PropertyKey[]): number | undefined;
}

/** Parses YAML that starts at `firstLine` of its file (frontmatter starts at line 2). */
export function parseLocatedYaml(text: string, firstLine = 1): LocatedYaml {
	const counter = new LineCounter();
	const doc: Document = parseDocument(text, { lineCounter: counter, prettyErrors: false });
	const toFileLine = (offset: number) => counter.linePos(offset).line + firstLine - 1;
	return {
		data: doc.errors.length ? undefined : doc.toJS(),
		syntaxErrors: doc.errors.map((error) => ({
			line: toFileLine(error.pos[0]),
			message: explainYamlError(error.code, error.message.split('\n')[0] ?? error.message),
		})),
		lineOf(segments) {
			for (let depth = segments.length; depth >= 0; depth--) {
				const node = doc.getIn(segments.slice(0, depth) as unknown[], true);
				if (isNode(node) && node.range) return toFileLine(node.range[0]);
			}
			return undefined;
		},
	};
}

/** The YAML parser's errors that editors meet, in Russian and with their fix; others as the parser words them. */
export function explainYamlError(code: string, message: string): string {
	if (code === 'TAB_AS_INDENT' || /tab/i.test(message))
		return 'в отступе табуляция: YAML допускает только пробелы — замените табуляцию двумя пробелами';
	if (
		code === 'BLOCK_AS_IMPLICIT_KEY' ||
		/Nested mappings are not allowed in compact mappings|Implicit map keys need to be/i.test(message)
	) {
		return 'в значении двоеточие с пробелом, и YAML принял его за новое поле: возьмите значение в кавычки, например title: "Проект: итоги"';
	}
	if (/Map keys must be unique/i.test(message)) return 'это поле уже есть выше: у каждого поля одна строка';
	if (/Missing closing "?quote/i.test(message)) return 'кавычка открыта, но не закрыта: закройте её в конце значения';
	if (/bad indentation|All collection items must start at the same column/i.test(message)) {
		return 'неровный отступ: поля одного уровня должны начинаться с одной позиции, вложенные — на два пробела правее';
	}
	return message;
}
