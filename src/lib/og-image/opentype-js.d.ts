// The part of opentype.js 2.0 (which ships no types) that the preview images use.
declare module 'opentype.js' {
	export interface BoundingBox {
		x1: number;
		y1: number;
		x2: number;
		y2: number;
	}
	export interface Path {
		getBoundingBox(): BoundingBox;
		toPathData(decimalPlaces?: number): string;
	}
	export interface Glyph {
		index: number;
		advanceWidth?: number;
		getPath(x: number, y: number, fontSize: number): Path;
	}
	export interface Font {
		unitsPerEm: number;
		ascender: number;
		descender: number;
		glyphs: { get(index: number): Glyph };
		charToGlyphIndex(char: string): number;
	}
	const opentype: { parse(buffer: ArrayBuffer): Font };
	export default opentype;
}
