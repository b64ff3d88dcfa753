// Minimal typings for the parts of fontkit kepu uses (the package ships none).
declare module 'fontkit' {
  export interface Path {
    /** A new path with every point mapped by the affine matrix [a b c d e f]. */
    transform(a: number, b: number, c: number, d: number, e: number, f: number): Path;
    toSVG(): string;
  }
  export interface Glyph {
    id: number;
    advanceWidth: number;
    path: Path;
  }
  export interface GlyphPosition {
    xAdvance: number;
    yAdvance: number;
    xOffset: number;
    yOffset: number;
  }
  export interface GlyphRun {
    glyphs: Glyph[];
    positions: GlyphPosition[];
  }
  export interface Subset {
    /** Adds a glyph (and its components); returns its id in the subset. */
    includeGlyph(glyph: Glyph): number;
    /** The glyph tables a PDF needs, as a TrueType file (no cmap, name, OS/2 or post). */
    encode(): Uint8Array;
  }
  export interface Font {
    familyName: string;
    postscriptName: string;
    unitsPerEm: number;
    ascent: number;
    descent: number;
    glyphsForString(text: string): Glyph[];
    layout(text: string): GlyphRun;
    hasGlyphForCodePoint(code: number): boolean;
    glyphForCodePoint(code: number): Glyph;
    createSubset(): Subset;
  }
  export function create(buffer: Buffer | Uint8Array): Font;
  export function openSync(path: string): Font;
}
