import type { Font } from 'fontkit';
import { subsetFont } from './font-subset.js';

/** One font file, opened once, with a text measure that the charts and the PDF share. */
export interface FontFace {
  /** The family name charts write into SVG and the PDF maps back to this file. */
  family: string;
  /** Path of the TTF/OTF file (the PDF embeds it from here). */
  path: string;
  /** Width of `text` at `size` points, in points. */
  measure(text: string, size: number): number;
  /** Ascent and descent as fractions of the size (for line height). */
  ascent: number;
  descent: number;
  /** A standalone TrueType font with only the glyphs of `text` (a web page embeds it). */
  subset(text: string): Uint8Array;
  /**
   * `text` at `size` points as one SVG path, origin at the start of its baseline, y down (as SVG),
   * laid out with the font's kerning; and its advance width in points.
   */
  outline(text: string, size: number): { d: string; width: number };
}

/**
 * The faces a report uses: sans (charts, tables, 黑体 headings), sans bold, serif (body text,
 * the 仿宋 stand-in), and the title face (小标宋 stand-in). A user's own files may replace any.
 */
export interface FontSet {
  sans: FontFace;
  sansBold: FontFace;
  serif: FontFace;
  title: FontFace;
}

/** Wraps a fontkit font (opened from `bytes`) as a FontFace; widths are cached per string (labels repeat). */
export function fontFace(font: Font, path: string, family = font.familyName, bytes?: Uint8Array): FontFace {
  const cache = new Map<string, number>();
  const unit = 1 / font.unitsPerEm;
  return {
    family,
    path,
    ascent: font.ascent * unit,
    descent: Math.abs(font.descent) * unit,
    measure(text, size) {
      let em = cache.get(text);
      if (em === undefined) {
        em = font.glyphsForString(text).reduce((sum, g) => sum + g.advanceWidth, 0) * unit;
        if (cache.size > 50_000) cache.clear();
        cache.set(text, em);
      }
      return em * size;
    },
    outline(text, size) {
      const run = font.layout(text);
      const k = size * unit;
      let x = 0;
      let d = '';
      run.glyphs.forEach((glyph, i) => {
        const p = run.positions[i]!;
        d += glyph.path.transform(k, 0, 0, -k, (x + p.xOffset) * k, -p.yOffset * k).toSVG();
        x += p.xAdvance;
      });
      return { d, width: x * k };
    },
    subset(text) {
      if (!bytes) throw new Error(`font ${path} was opened without its bytes`);
      return subsetFont(font, text, bytes);
    },
  };
}
