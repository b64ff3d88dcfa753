// Minimal typings for the parts of fontkit kepu uses (the package ships none).
declare module 'fontkit' {
  export interface Glyph {
    advanceWidth: number;
  }
  export interface Font {
    familyName: string;
    postscriptName: string;
    unitsPerEm: number;
    ascent: number;
    descent: number;
    glyphsForString(text: string): Glyph[];
  }
  export function create(buffer: Buffer | Uint8Array): Font;
  export function openSync(path: string): Font;
}
