/**
 * Site-wide settings that deployments change. Read by astro.config.mjs, the pages and the scripts;
 * `SITE_URL` and `REPO_URL` in the environment override them (e.g. for a fork or a staging host);
 * empty counts as unset, as GitHub Actions passes a repository variable that was never set.
 */
export const SITE = {
	/** Public address of the site, without a trailing slash. */
	url: process.env.SITE_URL || 'https://municipal-practices.github.io',
	/** Repository whose `content/` holds the entries; «Предложить правку» links point into it. */
	repo: process.env.REPO_URL || 'https://github.com/municipal-practices/municipal-practices',
	/** Branch that edit links open. */
	branch: 'main',
	name: 'Муниципальные практики',
	description:
		'База лучших практик местного самоуправления: выпускные проекты «Школы мэров» и опыт регионов и муниципалитетов — с источниками.',
	/** Entries on one page of the catalogue and of every hub. */
	pageSize: 24,
} as const;
