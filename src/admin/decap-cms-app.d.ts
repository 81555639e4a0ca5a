// Decap ships no types for its prebuilt bundle; these are the calls src/admin/cms.ts makes.
declare module 'decap-cms-app/dist/decap-cms-app.js' {
	const CMS: {
		init(options?: { config?: Record<string, unknown> }): void;
		registerCustomFormat(name: string, extension: string, formatter: { fromFile(text: string): unknown; toFile(data: any): string }): void;
		registerEditorComponent(component: Record<string, unknown>): void;
		registerEventListener(listener: { name: string; handler: (event: any) => unknown }): void;
		registerLocale(locale: string, phrases: Record<string, unknown>): void;
		getLocale(locale: string): Record<string, any>;
	};
	export default CMS;
}
