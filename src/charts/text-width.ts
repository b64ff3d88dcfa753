/** Measures text in points: `(text, size) => width`, as FontFace.measure does with the embedded font. */
export type MeasureText = (text: string, size: number) => number;

/**
 * A width that text set in Noto Sans SC does not exceed, for chart builders that are given no
 * font: CJK and full-width characters are one em, `%`, `M`, `W` and `@` under 0.97 em, other
 * Latin letters, digits and punctuation under 0.6 em (digits are 0.555 em). Layout that must be
 * exact takes the font's own measure instead (StatusMatrixOptions.measure).
 * @example
 * estimateTextWidth('1.24万人次', 7) // 7 × (4 × 0.6 + 3) = 37.8
 */
export function estimateTextWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    em += code >= 0x2e80 ? 1 : 'MW%@'.includes(ch) ? 0.97 : 0.6;
  }
  return em * size;
}
