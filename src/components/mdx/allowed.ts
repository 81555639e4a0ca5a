/**
 * Names of the components an entry's MDX may use. Kept apart from the components themselves
 * so that the content check, which runs in plain Node, can read it without Astro.
 */
export const ALLOWED_MDX_COMPONENTS = ['Callout', 'Metric', 'Quote'] as const;
export type AllowedMdxComponent = (typeof ALLOWED_MDX_COMPONENTS)[number];
