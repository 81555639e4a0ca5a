import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

/**
 * Which of a Pagefind index's content-hashed files (fragments, word and filter chunks, the meta
 * file) the index in `outputPath` uses. Pagefind names these files by a hash of their content and
 * does not write one that exists, so a rebuild can start from the previous index's files and
 * write only the new ones (search-index.ts); what this lists is what it keeps afterwards.
 *
 * The list comes from the index itself: pagefind-entry.json names each language's meta file,
 * and the meta file (gzip, a `pagefind_dcd` signature, then CBOR) lists every page, word chunk
 * and filter chunk by hash. Its layout is Pagefind's MetaIndex: [version, pages [[hash, words]],
 * index chunks [[from, to, hash]], filters [[name, hash]], sorts [[name, pages]]].
 */
export function usedIndexFiles(outputPath: string): Set<string> {
	const entry = JSON.parse(fs.readFileSync(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
		languages: Record<string, { hash: string }>;
	};
	const used = new Set<string>();
	for (const { hash } of Object.values(entry.languages)) {
		const metaFile = `pagefind.${hash}.pf_meta`;
		used.add(metaFile);
		const [, pages, chunks, filters] = readMeta(path.join(outputPath, metaFile));
		for (const [page] of pages) used.add(`fragment/${page}.pf_fragment`);
		for (const [, , chunk] of chunks) used.add(`index/${chunk}.pf_index`);
		for (const [, filter] of filters) used.add(`filter/${filter}.pf_filter`);
	}
	return used;
}

/** Every content-hashed file of the index folder, relative to it; the others are written by every run. */
export function hashedIndexFiles(outputPath: string): string[] {
	const files = fs.readdirSync(outputPath).filter((name) => name.endsWith('.pf_meta'));
	for (const folder of HASHED_FOLDERS) {
		const dir = path.join(outputPath, folder);
		if (fs.existsSync(dir)) files.push(...fs.readdirSync(dir).map((name) => `${folder}/${name}`));
	}
	return files;
}

const HASHED_FOLDERS = ['fragment', 'index', 'filter'];

const SIGNATURE = 'pagefind_dcd';

type Meta = [string, [string, number][], [string, string, string][], [string, string][], unknown[]];

function readMeta(file: string): Meta {
	const data = gunzipSync(fs.readFileSync(file));
	if (data.toString('latin1', 0, SIGNATURE.length) !== SIGNATURE) throw new Error(`${file}: не файл Pagefind (нет подписи ${SIGNATURE})`);
	const meta = decodeCbor(data.subarray(SIGNATURE.length));
	if (!Array.isArray(meta) || meta.length < 4 || !meta.slice(1, 4).every(Array.isArray)) {
		throw new Error(`${file}: незнакомое устройство индекса Pagefind`);
	}
	return meta as Meta;
}

/**
 * The part of CBOR (RFC 8949) that Pagefind's meta file uses: unsigned and negative integers,
 * byte and text strings, arrays and maps, all of definite length.
 */
export function decodeCbor(data: Uint8Array): unknown {
	let at = 0;
	const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
	const argument = (info: number): number => {
		if (info < 24) return info;
		const size = [1, 2, 4, 8][info - 24];
		if (size === undefined) throw new Error(`CBOR: неподдерживаемая длина (${info}) в байте ${at - 1}`);
		const value =
			size === 1 ? view.getUint8(at) : size === 2 ? view.getUint16(at) : size === 4 ? view.getUint32(at) : Number(view.getBigUint64(at));
		at += size;
		return value;
	};
	const item = (): unknown => {
		if (at >= data.length) throw new Error('CBOR: данные оборвались');
		const initial = data[at++]!;
		const major = initial >> 5;
		const value = argument(initial & 0x1f);
		switch (major) {
			case 0:
				return value;
			case 1:
				return -1 - value;
			case 2:
			case 3: {
				const bytes = data.subarray(at, at + value);
				at += value;
				return major === 2 ? bytes : Buffer.from(bytes).toString('utf8');
			}
			case 4:
				return Array.from({ length: value }, item);
			case 5:
				return new Map(Array.from({ length: value }, () => [item(), item()]));
			default:
				throw new Error(`CBOR: неподдерживаемый тип ${major} в байте ${at - 1}`);
		}
	};
	const result = item();
	if (at !== data.length) throw new Error(`CBOR: лишние байты после ${at}`);
	return result;
}
