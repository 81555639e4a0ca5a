// `npm run relevance [-- --dist DIR] [--json FILE]`: search quality on a built site (see scripts/lib/search-relevance.ts).
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { measureRelevance, readRelevanceSet } from './lib/search-relevance.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, json: { type: 'string' }, set: { type: 'string' } } });
if (!fs.existsSync(`${values.dist}/pagefind`)) {
	console.error(`В ${values.dist} нет поискового индекса: сначала соберите сайт (npm run build).`);
	process.exit(1);
}
const report = await measureRelevance(values.dist!, readRelevanceSet(values.set));
const percent = (share: number) => `${(share * 100).toFixed(1)} %`;
for (const c of report.cases) {
	if (c.topFiveHit && c.lost.length === 0) continue;
	const top = c.found.slice(0, 5).join(', ') || '—';
	console.log(
		`«${c.query}»: ${c.topFiveHit ? '' : 'нет верной в первых пяти; '}не найдены: ${c.lost.join(', ') || '—'}; первые пять: ${top}`,
	);
}
console.log(
	`Запросов: ${report.queries}. Верная практика в первых пяти: ${percent(report.topFive)} (цель ≥ 95 %). ` +
		`Полнота (доля верных, показанных вообще): ${report.recall.toFixed(3)} (цель ≥ 0,9). Пустых ответов: ${report.empty} (цель 0).`,
);
if (values.json) fs.writeFileSync(values.json, JSON.stringify(report, null, '\t'));
