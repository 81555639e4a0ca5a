// The site's MDX components as blocks of the form's visual editor. The MDX they write is what
// CONTRIBUTING.md shows and `npm run check` allows: string attributes only, no expressions.

/** An attribute value as MDX reads it: no `"`, no braces that would start an expression. */
const attribute = (value: unknown) =>
	String(value ?? '')
		.replace(/"/g, '&quot;')
		.replace(/[{}]/g, '');
const html = (value: unknown) => String(value ?? '').replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const optional = (name: string, value: unknown) => (value ? ` ${name}="${attribute(value)}"` : '');

interface EditorComponents {
	registerEditorComponent(component: Record<string, unknown>): void;
}

export function registerComponents(CMS: EditorComponents): void {
	CMS.registerEditorComponent({
		id: 'callout',
		label: 'Выноска (Callout)',
		fields: [
			{ name: 'title', label: 'Заголовок', widget: 'string', required: false },
			{ name: 'text', label: 'Текст', widget: 'text' },
		],
		pattern: /^<Callout(?: title="([^"]*)")?>([\s\S]*?)<\/Callout>$/,
		fromBlock: (match: string[]) => ({ title: match[1] ?? '', text: match[2] ?? '' }),
		toBlock: (data: Record<string, string>) => `<Callout${optional('title', data.title)}>${data.text ?? ''}</Callout>`,
		toPreview: (data: Record<string, string>) =>
			`<aside>${data.title ? `<p><strong>${html(data.title)}</strong></p>` : ''}<p>${html(data.text)}</p></aside>`,
	});
	CMS.registerEditorComponent({
		id: 'metric',
		label: 'Число (Metric)',
		fields: [
			{ name: 'value', label: 'Число', widget: 'string' },
			{ name: 'unit', label: 'Единица', widget: 'string', required: false },
			{ name: 'text', label: 'Что измеряет', widget: 'string', required: false },
		],
		pattern: /^<Metric value="([^"]*)"(?: unit="([^"]*)")?>([\s\S]*?)<\/Metric>$/,
		fromBlock: (match: string[]) => ({ value: match[1] ?? '', unit: match[2] ?? '', text: match[3] ?? '' }),
		toBlock: (data: Record<string, string>) =>
			`<Metric value="${attribute(data.value)}"${optional('unit', data.unit)}>${data.text ?? ''}</Metric>`,
		toPreview: (data: Record<string, string>) => `<p><strong>${html(data.value)} ${html(data.unit)}</strong> ${html(data.text)}</p>`,
	});
	CMS.registerEditorComponent({
		id: 'quote',
		label: 'Цитата (Quote)',
		fields: [
			{ name: 'author', label: 'Автор', widget: 'string' },
			{ name: 'role', label: 'Должность', widget: 'string', required: false },
			{ name: 'text', label: 'Цитата, дословно', widget: 'text' },
		],
		pattern: /^<Quote author="([^"]*)"(?: role="([^"]*)")?>([\s\S]*?)<\/Quote>$/,
		fromBlock: (match: string[]) => ({ author: match[1] ?? '', role: match[2] ?? '', text: match[3] ?? '' }),
		toBlock: (data: Record<string, string>) =>
			`<Quote author="${attribute(data.author)}"${optional('role', data.role)}>${data.text ?? ''}</Quote>`,
		toPreview: (data: Record<string, string>) =>
			`<figure><blockquote>${html(data.text)}</blockquote><figcaption>— ${html(data.author)}${data.role ? `, ${html(data.role)}` : ''}</figcaption></figure>`,
	});
}
