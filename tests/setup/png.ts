import zlib from 'node:zlib';

/** What the tests read back from a PNG: its header, palette and (for indexed ones) pixel indices. */
export interface DecodedPng {
	width: number;
	height: number;
	colourType: number;
	palette?: [number, number, number][];
	/** Palette index of each pixel, for 8-bit indexed images with no filter. */
	indices?: Uint8Array;
	crcValid: boolean;
}

/** A small PNG reader for checking what the build writes; not a general decoder. */
export function decodePng(file: Buffer): DecodedPng {
	if (!file.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) throw new Error('not a PNG');
	let offset = 8;
	let crcValid = true;
	const idat: Buffer[] = [];
	const result: Partial<DecodedPng> = {};
	while (offset < file.length) {
		const length = file.readUInt32BE(offset);
		const type = file.toString('latin1', offset + 4, offset + 8);
		const data = file.subarray(offset + 8, offset + 8 + length);
		crcValid &&= zlib.crc32(file.subarray(offset + 4, offset + 8 + length)) >>> 0 === file.readUInt32BE(offset + 8 + length);
		if (type === 'IHDR') Object.assign(result, { width: data.readUInt32BE(0), height: data.readUInt32BE(4), colourType: data[9] });
		if (type === 'PLTE') result.palette = Array.from({ length: length / 3 }, (_, i) => [data[i * 3]!, data[i * 3 + 1]!, data[i * 3 + 2]!]);
		if (type === 'IDAT') idat.push(data);
		offset += 12 + length;
	}
	if (result.colourType === 3) {
		const rows = zlib.inflateSync(Buffer.concat(idat));
		const indices = new Uint8Array(result.width! * result.height!);
		for (let y = 0; y < result.height!; y++) {
			if (rows[y * (result.width! + 1)] !== 0) throw new Error('this reader handles unfiltered rows only');
			indices.set(rows.subarray(y * (result.width! + 1) + 1, (y + 1) * (result.width! + 1)), y * result.width!);
		}
		result.indices = indices;
	}
	return { ...(result as DecodedPng), crcValid };
}
