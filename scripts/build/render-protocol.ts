// What scripts/build.ts and its Astro runs (render-site.ts) say to each other.

/** Set on the one run of a build that checks the content (the first): its report goes to the parent. */
export const CHECK_CONTENT_VARIABLE = 'CHECK_CONTENT';

/** What the child sends its parent when its part is rendered. */
export interface RenderedSite {
	/** Ids of the published entries; sent by the run that checked the content. */
	published?: string[];
}
