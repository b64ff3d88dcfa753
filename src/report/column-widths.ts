import type { FontSet } from '../fonts/index.js';
import type { Table } from './model.js';
import type { PageStyle } from './style.js';
import { textWidth } from './style.js';

export interface ColumnWidthOptions {
  /**
   * Room added to each column's natural width, as a share of it, for text set in other faces than
   * the ones measured: a Word document names 黑体 and 仿宋_GB2312, which Word, WPS and LibreOffice
   * draw with their own files, whose digits and Latin letters are wider than the bundled faces'
   * (a CJK character is one em in any of them). Default: 0 (the PDF, which embeds the faces measured).
   */
  slack?: number;
}

/**
 * Column widths of a table across the text block (points): natural widths from the content,
 * measured with the table face, then fitted to the block. Shared by the PDF layout and the DOCX
 * renderer, so a table has the same columns in both.
 */
export function tableColumnWidths(t: Table, style: PageStyle, fonts: FontSet, options: ColumnWidthOptions = {}): number[] {
  const { slack = 0 } = options;
  const s = style.table;
  const width = textWidth(style);
  const m = (text: string) => fonts[s.face].measure(text, s.size);
  const pad = 3;
  const markW = t.status ? s.size * 0.9 : 0;
  const natural = t.columns.map((c, i) => (Math.max(m(c.title), ...t.rows.map((r, k) => m(r[i] ?? '') + (t.status?.[k]?.[i] ? markW : 0))) + pad * 2 + 1) * (1 + slack));
  const total = natural.reduce((a, b) => a + b, 0);
  return total <= width ? natural.map((w) => (w * width) / total) : fitColumns(natural, width, s.size * 3);
}

/**
 * Fits columns into the width by max–min fairness: columns narrower than their fair share keep
 * their natural width (numbers and status words never wrap); the wide text columns share the rest.
 */
function fitColumns(natural: number[], width: number, min: number): number[] {
  const widths = new Array<number>(natural.length);
  const order = natural.map((w, i) => [w, i] as const).sort((a, b) => a[0] - b[0]);
  let remaining = width;
  order.forEach(([w, i], k) => {
    const fair = remaining / (order.length - k);
    widths[i] = Math.max(min, Math.min(w, fair));
    remaining -= widths[i]!;
  });
  return widths;
}
