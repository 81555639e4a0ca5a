// `npm run corpus -- --n 1000 [--out DIR] [--seed 42]`: writes a synthetic content tree for
// benchmarks and scale tests: the real taxonomies plus N generated practices that pass the real
// schema. It never writes into content/; build it with CONTENT_DIR=DIR (see README, Performance).
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './corpus/generate.ts';

const { values } = parseArgs({
	options: { n: { type: 'string', default: '1000' }, out: { type: 'string' }, seed: { type: 'string', default: '42' } },
});
const count = Number(values.n);
const out = path.resolve(values.out ?? `.build/corpus-${count}`);
if (!Number.isInteger(count) || count < 1) throw new Error('--n must be a positive integer');
if (path.resolve(out) === path.resolve('content')) throw new Error('Refusing to write synthetic entries into content/');
generateCorpus({ count, out, seed: Number(values.seed), realContent: path.resolve('content') });
console.error(`Сгенерировано ${count} синтетических практик в ${path.relative(process.cwd(), out)}`);
fs.writeFileSync(
	path.join(out, 'README.md'),
	`Synthetic corpus of ${count} practices (seed ${values.seed}). Benchmark fixture, not content.\n`,
);
