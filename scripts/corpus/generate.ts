import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { readYamlList } from '../../src/lib/content/read-taxonomies.ts';
import {
	ACTIONS,
	ACTORS,
	CHANNELS,
	CONNECTIVES,
	EXPERIENCE_SOURCES,
	MUNICIPALITY_TYPES,
	OBSTACLES,
	PARTNERS,
	PERIODS,
	TEAMS,
	TIPS,
	TOPICS,
	TOWN_PARTS,
} from './vocabulary.ts';

export interface CorpusOptions {
	count: number;
	out: string;
	seed: number;
	/** The real content folder, whose taxonomies the corpus reuses so that it passes the real schema. */
	realContent: string;
}

/** mulberry32: a tiny seeded PRNG, so the same seed always writes the same corpus. */
function createRandom(seed: number) {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
	const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
	/** `count` different items of `list`, in the order drawn. */
	const pickDistinct = <T>(list: readonly T[], count: number): T[] => {
		const left = [...list];
		return Array.from({ length: Math.min(count, left.length) }, () => left.splice(Math.floor(next() * left.length), 1)[0]!);
	};
	return { next, int, pick, pickDistinct };
}
type Random = ReturnType<typeof createRandom>;

const KINDS = ['graduation-project', 'regional-practice', 'municipal-practice'] as const;
const STATUSES = ['planned', 'developed', 'implementing', 'implemented'] as const;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

type Topic = (typeof TOPICS)[string][number];

/** What one page's text is about: its topic, its town and the team that carried the project. */
interface PageContext {
	topic: Topic;
	town: string;
	team: string;
	/** Sentences already on the page: real text does not say the same sentence twice. */
	said: Set<string>;
}

function sentence(random: Random, { topic, town, team }: PageContext): string {
	const templates = [
		() => `${random.pick(CONNECTIVES)} ${random.pick(ACTORS)} ${random.pick(ACTIONS)}, чтобы решить проблему: ${topic.problem}.`,
		() => `В ${town} ${random.pick(ACTORS)} ${random.pick(ACTIONS)} и подготовили ${topic.solution}.`,
		() => `Главная трудность — ${random.pick(OBSTACLES)}, поэтому ${random.pick(ACTORS)} ${random.pick(ACTIONS)}.`,
		() =>
			`Показатель «${topic.metric}» отслеживали ${random.pick(['ежемесячно', 'ежеквартально', 'каждую неделю'])} и публиковали на сайте администрации.`,
		() =>
			`Жители узнавали о ходе работ из ${random.pick(CHANNELS)}, а ${random.pick(ACTORS)} ${random.pick(['отвечали на вопросы', 'разъясняли решения', 'собирали замечания'])}.`,
		() => `${team} ${random.pick(['опиралась на', 'изучила', 'учла'])} ${random.pick(EXPERIENCE_SOURCES)}.`,
		() => `${random.pick(CONNECTIVES)} муниципалитет договорился о совместной работе с ${random.pick(PARTNERS)}.`,
		() => `${capitalise(random.pick(PERIODS))} ${random.pick(ACTORS)} ${random.pick(ACTIONS)}.`,
		() => `Чтобы справиться с такой трудностью, как ${random.pick(OBSTACLES)}, ${random.pick(ACTORS)} ${random.pick(ACTIONS)}.`,
	];
	return random.pick(templates)();
}

/** A paragraph of sentences not yet on the page (a few tries each; a repeat is dropped, not written). */
function paragraph(random: Random, page: PageContext, sentences: number): string {
	const out: string[] = [];
	for (let tries = 0; out.length < sentences && tries < sentences * 10; tries++) {
		const next = sentence(random, page);
		if (page.said.has(next)) continue;
		page.said.add(next);
		out.push(next);
	}
	return out.join(' ');
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

function body(random: Random, topic: Topic, town: string): string {
	const page: PageContext = { topic, town, team: random.pick(TEAMS), said: new Set() };
	// The last paragraph may run past the target by up to ~40 words; the page stays within 600–900.
	const target = random.int(600, 860);
	const steps = Array.from({ length: 4 }, (_, index) => `${index + 1}. ${random.pick(ACTORS)} ${random.pick(ACTIONS)}.`);
	const table = [
		'| Показатель | До | После |',
		'| --- | --- | --- |',
		`| ${topic.metric} | ${random.int(20, 90)} | ${random.int(91, 200)} |`,
		`| обращения жителей по теме | ${random.int(200, 900)} | ${random.int(50, 199)} |`,
	].join('\n');
	const parts = [
		'## Проблема',
		paragraph(random, page, 4),
		'## Решение',
		`Муниципалитет выбрал ${topic.solution}. ${paragraph(random, page, 4)}`,
		steps.join('\n'),
		'## Результаты',
		table,
		'## Как повторить',
		random
			.pickDistinct(TIPS, 4)
			.map((tip, index, tips) => `- ${tip}${index === tips.length - 1 ? '.' : ';'}`)
			.join('\n'),
		'## Трудности',
	];
	let text = parts.join('\n\n');
	while (wordCount(text) < target) {
		const more = paragraph(random, page, 3);
		if (!more) break;
		text += `\n\n${more}`;
	}
	return text;
}

/** A cost as entries state it: a total in a band from thousands to tens of millions, split by two or three payers. */
function syntheticCost(random: Random, year: number) {
	const total = random.int(1, 500) * 10 ** random.int(3, 5);
	const payers = random.next() < 0.5 ? ['regional', 'municipal'] : ['regional', 'municipal', 'residents'];
	const shares = payers.length === 2 ? [0.8, 0.2] : [0.7, 0.2, 0.1];
	return { total, year, parts: payers.map((payer, i) => ({ payer, amount: Math.round(total * shares[i]!) })) };
}

/** Writes the corpus: taxonomies copied from the real content, N practices and their sources. */
export function generateCorpus({ count, out, seed, realContent }: CorpusOptions): void {
	const random = createRandom(seed);
	// Mechanisms and costs draw from their own sequence, so the rest of a corpus stays what it was before they existed.
	const money = createRandom(seed + 1);
	const mechanisms = (readYamlList(path.join(realContent, 'mechanisms.yaml')) as { id: string }[]).map((item) => item.id);
	fs.rmSync(out, { recursive: true, force: true });
	fs.mkdirSync(path.join(out, 'practices'), { recursive: true });
	for (const file of ['regions.yaml', 'spheres.yaml', 'programmes.yaml', 'mechanisms.yaml', 'glossary.yaml', 'thesaurus.yaml']) {
		fs.copyFileSync(path.join(realContent, file), path.join(out, file));
	}
	const regions = readYamlList(path.join(realContent, 'regions.yaml')) as { id: string }[];
	const sphereIds = Object.keys(TOPICS);
	const sources: object[] = readYamlList(path.join(realContent, 'sources.yaml')) as object[];
	const titles = new Set<string>();

	for (let index = 1; index <= count; index++) {
		const sphere = sphereIds[(index - 1) % sphereIds.length]!;
		const topic = random.pick(TOPICS[sphere]!);
		const town = `${random.pick(TOWN_PARTS.start)}${random.pick(TOWN_PARTS.root)}`;
		const kind = random.pick(KINDS);
		const year = random.int(2019, 2025);
		const month = random.int(1, 12);
		let title = `${topic.title}: опыт ${town}`;
		for (let n = 2; titles.has(title); n++) title = `${topic.title}: опыт ${town}, часть ${n}`;
		titles.add(title);
		const id = `practice-${String(index).padStart(5, '0')}`;
		const sourceId = `synthetic-source-${index}`;
		sources.push({
			id: sourceId,
			title: `Синтетический источник для «${title}»`,
			publisher: 'Генератор тестового корпуса',
			date: `${year}-${String(month).padStart(2, '0')}`,
			url: `https://example.org/sources/${index}`,
		});
		const extra = sphereIds.filter((other) => other !== sphere);
		const spheres = [sphere, ...(random.next() < 0.5 ? [random.pick(extra)] : [])];
		const frontmatter = {
			title,
			summary: `Синтетическая практика для проверки масштаба: ${topic.solution} против проблемы «${topic.problem}».`,
			kind,
			spheres: [...new Set(spheres)],
			region: regions[Math.floor(random.next() * regions.length)]!.id,
			municipality: { name: town, type: random.pick(MUNICIPALITY_TYPES) },
			...(kind === 'graduation-project' ? { programme: 'mayors-school', cohort: random.int(1, 2) } : {}),
			status: random.pick(STATUSES),
			date: random.next() < 0.7 ? `${year}-${String(month).padStart(2, '0')}` : String(year),
			results: [{ value: random.int(5, 95), unit: '%', label: topic.metric }],
			...(money.next() < 0.6 ? { mechanisms: [money.pick(mechanisms)] } : {}),
			...(money.next() < 0.5 ? { cost: syntheticCost(money, year) } : {}),
			sources: [sourceId],
			added: '2026-01-15',
		};
		const file = `---\n${stringify(frontmatter)}---\n\n${body(random, topic, town)}\n`;
		fs.writeFileSync(path.join(out, 'practices', `${id}.mdx`), file);
	}
	fs.writeFileSync(path.join(out, 'sources.yaml'), stringify(sources));
}
