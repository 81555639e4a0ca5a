import { SITE } from '../../site.config.ts';
import { rendersListings } from './build-part.ts';
import { getTaxonomies } from './get-taxonomies.ts';
import type { PracticeEntry } from './get-practices.ts';
import { paginate } from './paginate.ts';
import { toPracticeView } from './practice-view.ts';

/**
 * Static paths for a paginated list under `base`: page 1 at `base`, page N at `base/page/N/`,
 * for a route file named `[...page].astro`. `params` carries the hub's own parameter.
 */
export function toPagedPaths<T, P extends Record<string, string>>(items: readonly T[], base: string, params: P) {
	return paginate(items, SITE.pageSize, base).map((page) => ({
		params: { ...params, page: page.number === 1 ? undefined : `page/${page.number}` },
		props: { page, count: items.length },
	}));
}

/** Describes one kind of hub (spheres, regions, programmes) for `getHubPaths`. */
export interface HubKind<H extends { id: string }> {
	/** Route parameter name, e.g. `sphere` for `spheres/[sphere]/[...page].astro`. */
	param: string;
	hubs: readonly H[];
	practicesOf: (hub: H) => Promise<PracticeEntry[]>;
	urlOf: (id: string) => string;
	/** Hubs with no practices get a page that says so (spheres) or none at all (regions). */
	keepEmpty: boolean;
}

/** Every page of every hub of one kind, each with its practices resolved for display. */
export async function getHubPaths<H extends { id: string }>(kind: HubKind<H>) {
	if (!rendersListings()) return [];
	const taxonomies = await getTaxonomies();
	const perHub = await Promise.all(
		kind.hubs.map(async (hub) => {
			const practices = await kind.practicesOf(hub);
			if (practices.length === 0 && !kind.keepEmpty) return [];
			const views = practices.map((entry) => toPracticeView(entry, taxonomies));
			return toPagedPaths(views, kind.urlOf(hub.id), { [kind.param]: hub.id }).map((path) => ({
				...path,
				props: { ...path.props, hub },
			}));
		}),
	);
	return perHub.flat();
}
