import { textWidth } from '../../util/text-width.js';
import { toCsv } from '../../util/to-csv.js';

/** A tabular result as the CLI prints it. Values are already formatted for display. */
export interface TextTable {
  columns: { key: string; title: string; align?: 'left' | 'right' }[];
  rows: Record<string, string | number | undefined>[];
}

export type OutputFormat = 'table' | 'json' | 'csv';

/** Renders aligned columns for a terminal, with CJK characters counted as two columns wide. */
export function renderTable(table: TextTable, options: { maxWidth?: number } = {}): string {
  const { maxWidth = 60 } = options;
  const { columns } = table;
  // Each cell clipped and measured once (a national evaluation prints 10,000 rows): clip measures
  // the text it keeps, and that width is the cell's.
  const cells: string[][] = [];
  const cellWidths: number[][] = [];
  const widths = columns.map((c) => textWidth(c.title));
  for (const r of table.rows) {
    const texts: string[] = [];
    const measured: number[] = [];
    for (let i = 0; i < columns.length; i++) {
      const value = r[columns[i]!.key];
      const [text, width] = clip(value === undefined ? '' : String(value), maxWidth);
      texts.push(text);
      measured.push(width);
      if (width > widths[i]!) widths[i] = width;
    }
    cells.push(texts);
    cellWidths.push(measured);
  }
  // Each line is written out in one pass, with the padding strings made once per width.
  const pads: string[] = [];
  const pad = (n: number) => (pads[n] ??= ' '.repeat(n));
  const line = (values: readonly string[], measured: readonly number[]) => {
    let text = '';
    for (let i = 0; i < columns.length; i++) {
      if (i > 0) text += '  ';
      const space = pad(Math.max(0, widths[i]! - measured[i]!));
      text += columns[i]!.align === 'right' ? space + values[i]! : values[i]! + space;
    }
    return text.trimEnd();
  };
  const titles = columns.map((c) => c.title);
  const lines = [line(titles, titles.map(textWidth)), widths.map((w) => '─'.repeat(w)).join('  ')];
  for (let k = 0; k < cells.length; k++) lines.push(line(cells[k]!, cellWidths[k]!));
  return lines.join('\n');
}

/** CSV with a header of the column keys (util/to-csv.ts). */
export function renderCsv(table: TextTable): string {
  return toCsv([table.columns.map((c) => c.key), ...table.rows.map((r) => table.columns.map((c) => r[c.key]))]);
}

/** The text on one line, clipped to `max` columns with an ellipsis, and its width. */
function clip(text: string, max: number): [string, number] {
  const flat = /\s/.test(text) ? text.replace(/\s+/g, ' ') : text;
  const width = textWidth(flat);
  if (width <= max) return [flat, width];
  let out = '';
  for (const ch of flat) {
    if (textWidth(out + ch) > max - 1) break;
    out += ch;
  }
  return [out + '…', textWidth(out) + 1];
}
