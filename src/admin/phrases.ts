/**
 * Decap's Russian phrases with the validation messages worded as `npm run check` words its own:
 * the field is named as the check names it (labels carry the key, «Название (title)»), and a
 * pattern's message is the check's message itself, not Decap's «не соответствует шаблону».
 */
export function RU_PHRASES(phrases: Record<string, any>): Record<string, any> {
	const widget = phrases.editor.editorControlPane.widget;
	return {
		...phrases,
		editor: {
			...phrases.editor,
			editorControlPane: {
				...phrases.editor.editorControlPane,
				widget: {
					...widget,
					required: 'Поле «%{fieldLabel}» обязательно: без него проверка не пропустит запись.',
					regexPattern: '%{fieldLabel}: %{pattern}.',
				},
			},
		},
	};
}
