/** One URL of each kind of page, on the real site, for sweeps (accessibility, layout). */
export const PAGE_TYPES: Record<string, string> = {
	home: '/',
	catalogue: '/practices/',
	'sphere hub': '/spheres/housing-utilities/',
	'empty sphere hub': '/spheres/waste/',
	'all spheres': '/spheres/',
	'region hub': '/regions/tyumen-oblast/',
	'all regions': '/regions/',
	'programme hub': '/programmes/mayors-school/',
	'all programmes': '/programmes/',
	practice: '/practices/biysk-emergency-information-exchange/',
	source: '/sources/mayors-school-first-graduation/',
	about: '/about/',
	contribute: '/contribute/',
	glossary: '/glossary/',
	search: '/search/',
	'404': '/no-such-page/',
};
