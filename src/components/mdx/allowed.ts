/**
 * Names of the components an entry's MDX may use. Kept apart from the components themselves
 * so that the content check, which runs in plain Node, can read it without Astro.
 */
export const ALLOWED_MDX_COMPONENTS = ['Callout', 'Metric', 'Quote'] as const;
export type AllowedMdxComponent = (typeof ALLOWED_MDX_COMPONENTS)[number];

/**
 * The attributes each component reads (see its Props): any other is dropped without a trace, so
 * `<Quote position="…">` would lose the speaker's position. The check refuses them.
 */
export const MDX_COMPONENT_ATTRIBUTES: Record<AllowedMdxComponent, readonly string[]> = {
	Callout: ['title'],
	Metric: ['value', 'unit'],
	Quote: ['author', 'role'],
};
