import type { Font } from 'fontkit';

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

/** Wraps a fontkit font as a FontFace; widths are cached per string (labels repeat). */
export function fontFace(font: Font, path: string, family = font.familyName): FontFace {
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
  };
}
