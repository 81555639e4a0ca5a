import Callout from './Callout.astro';
import Metric from './Metric.astro';
import Quote from './Quote.astro';
import type { AllowedMdxComponent } from './allowed.ts';

/** The components passed to every entry's MDX: exactly the allowlist that the content check enforces. */
export const mdxComponents = { Callout, Metric, Quote } satisfies Record<AllowedMdxComponent, unknown>;
