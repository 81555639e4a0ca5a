import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { ALLOWED_MDX_COMPONENTS, MDX_COMPONENT_ATTRIBUTES, type AllowedMdxComponent } from '../../components/mdx/allowed.ts';
import { mdxBodyParser } from '../markdown/mdx-body-parser.ts';
import type { ContentIssue } from './content-issue.ts';

/**
 * MDX is code, and entries come from outside contributors. The body may use Markdown, the
 * site's own components and a few harmless inline HTML tags; anything that could run code at
 * build time or in a reader's browser is rejected here, before Astro compiles the file.
 */
const ALLOWED_TAGS = new Set<string>([...ALLOWED_MDX_COMPONENTS, 'abbr', 'br', 'sub', 'sup', 'mark', 'small', 'kbd', 'dfn']);
const DANGEROUS_TAGS = new Set([
	'script',
	'iframe',
	'style',
	'object',
	'embed',
	'frame',
	'frameset',
	'link',
	'meta',
	'base',
	'form',
	'svg',
	'math',
]);
/** Link texts that say nothing about where the link goes (and fail screen-reader users). */
const VAGUE_LINK_TEXTS = new Set(['здесь', 'тут', 'по ссылке', 'подробнее', 'ссылка', 'читать далее', 'далее', 'click here', 'here']);
const UNSAFE_URL = /^(?:javascript|data|vbscript):/i;

/** `javascript:` hides behind case, whitespace and control characters; browsers ignore them. */
function isUnsafeUrl(url: string): boolean {
	return UNSAFE_URL.test(url.replace(/[\u0000-\u0020\u007f-\u009f]/g, ''));
}

function childrenOf(node: Nodes): Nodes[] {
	return 'children' in node ? (node.children as Nodes[]) : [];
}

/**
 * Checks the body of an entry; `firstLine` is the file line where the body starts. `onTree` gets
 * the parsed body, so that the build renders it without parsing it again.
 */
export function checkMdxBody(body: string, file: string, firstLine: number, onTree?: (tree: Root) => void): ContentIssue[] {
	if (body.trim() === '') return [{ file, line: firstLine, message: 'текст практики пуст: опишите проблему, решение и результаты' }];
	const issues: ContentIssue[] = [];
	const at = (node: Nodes | undefined, message: string, value?: unknown) =>
		issues.push({ file, line: (node?.position?.start.line ?? 1) + firstLine - 1, message, value });

	let tree: Root;
	try {
		tree = mdxBodyParser.parse(body);
	} catch (error) {
		const { line, message } = explainParseError(error as MdxParseError);
		return [{ file, line: line + firstLine - 1, message }];
	}

	const visit = (node: Nodes) => {
		switch (node.type) {
			case 'mdxjsEsm':
				at(node, 'операторы import и export запрещены: используйте только компоненты сайта (см. CONTRIBUTING.md)');
				return;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				at(node, 'выражения в фигурных скобках запрещены; чтобы показать скобку как текст, напишите \\{', `{${node.value}}`);
				return;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement': {
				const name = node.name ?? '';
				if (DANGEROUS_TAGS.has(name.toLowerCase())) at(node, `тег <${name}> запрещён: он может выполнять код или менять страницу`);
				else if (!ALLOWED_TAGS.has(name)) {
					at(node, `тег <${name || '>'}> не разрешён; можно: ${[...ALLOWED_TAGS].join(', ')}`);
				}
				for (const attribute of node.attributes) {
					if (attribute.type === 'mdxJsxExpressionAttribute') {
						at(node, `атрибуты-выражения {…} запрещены в <${name}>`);
					} else if (/^on/i.test(attribute.name)) {
						at(node, `обработчики событий (${attribute.name}=…) запрещены в <${name}>`);
					} else if (attribute.value !== null && typeof attribute.value === 'object') {
						at(node, `значение атрибута ${attribute.name} в <${name}> не может быть выражением в {…}; используйте кавычки`);
					} else if (typeof attribute.value === 'string' && isUnsafeUrl(attribute.value)) {
						at(node, `адреса javascript: и data: запрещены (атрибут ${attribute.name} в <${name}>)`, attribute.value);
					} else if (name in MDX_COMPONENT_ATTRIBUTES && !MDX_COMPONENT_ATTRIBUTES[name as AllowedMdxComponent].includes(attribute.name)) {
						const known = MDX_COMPONENT_ATTRIBUTES[name as AllowedMdxComponent];
						at(node, `у <${name}> нет атрибута ${attribute.name}: сайт его не покажет; можно: ${known.join(', ')}`);
					}
				}
				break;
			}
			case 'link':
			case 'image':
			case 'definition':
				if (isUnsafeUrl(node.url)) at(node, 'адреса javascript: и data: запрещены в ссылках и изображениях', node.url);
				if (node.type === 'link') {
					const text = toString(node)
						.trim()
						.toLowerCase()
						.replace(/[.!…:]+$/, '');
					if (VAGUE_LINK_TEXTS.has(text)) {
						at(
							node,
							`текст ссылки «${toString(node).trim()}» ничего не говорит о цели: напишите, куда она ведёт (например, название документа)`,
						);
					}
				}
				if (node.type === 'image' && !node.alt?.trim()) at(node, 'у изображения нет описания (alt): опишите, что на нём');
				// The site's Content-Security-Policy (deploy/nginx.conf: img-src 'self') blocks pictures from other hosts.
				if (node.type === 'image' && /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(node.url)) {
					at(
						node,
						'изображения с других сайтов не показываются (их блокирует политика безопасности сайта): положите файл в public/images/ и сошлитесь на него как /images/имя-файла.jpg',
						node.url,
					);
				}
				break;
			case 'html':
				// remark-mdx parses tags as JSX; raw HTML only appears through exotic input.
				at(node, 'HTML-код в тексте запрещён', node.value);
				return;
		}
		for (const child of childrenOf(node)) visit(child);
	};
	visit(tree);
	onTree?.(tree);
	return issues;
}

/** What the MDX parser throws: a reason in English, a rule and, mostly, a place in the body. */
interface MdxParseError {
	reason?: string;
	ruleId?: string;
	line?: number;
}

/**
 * The parser's error in Russian, with its fix and at the right line of the body. The parser
 * gives an unclosed tag no place of its own, only the tag's in its reason («(3:1-3:20)»).
 */
export function explainParseError(error: MdxParseError): { line: number; message: string } {
	const reason = error.reason ?? String(error);
	const openedAt = Number(/\((\d+):\d+-\d+:\d+\)/.exec(reason)?.[1] ?? 0);
	const line = error.line ?? (openedAt || 1);
	const tag = /<([A-Za-z][\w.]*)>/.exec(reason)?.[1];
	if (error.ruleId === 'acorn' || /expression/i.test(reason)) {
		return {
			line,
			message:
				'фигурные скобки { } в тексте MDX читает как код, а этот код не разбирается: чтобы написать скобку как текст, поставьте перед ней обратную косую черту — \\{1 000\\}',
		};
	}
	if (/^Expected a closing tag/.test(reason) && tag) {
		return { line, message: `тег <${tag}> открыт, но не закрыт: добавьте </${tag}> после его текста` };
	}
	const closing = /Unexpected closing tag `<\/([^`>]+)>`/.exec(reason)?.[1];
	if (closing && tag) {
		return {
			line,
			message: `закрывающий тег </${closing}> не подходит к открытому <${tag}>${openedAt ? ` (строка ${openedAt} текста)` : ''}: исправьте имя тега`,
		};
	}
	if (error.ruleId === 'unexpected-character' || /before name/.test(reason)) {
		return {
			line,
			message:
				'знак < начинает тег компонента: чтобы написать «меньше» как текст, поставьте перед ним обратную косую черту (\\<) или напишите словом',
		};
	}
	if (/end of file/i.test(reason)) {
		return { line, message: 'текст оборвался внутри тега или выражения: проверьте, что каждая угловая и фигурная скобка закрыта' };
	}
	return { line, message: `текст не разбирается как MDX (${reason}): проверьте угловые и фигурные скобки` };
}
