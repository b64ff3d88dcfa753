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
  const { columns, rows } = table;
  const m = columns.length;
  // Each cell clipped and measured once (a national evaluation prints 10,000 rows), kept in one
  // list for the table, row after row: its text, and the width of the text kept.
  const texts: string[] = new Array(rows.length * m);
  const measured = new Int32Array(rows.length * m);
  const widths = columns.map((c) => textWidth(c.title));
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k]!;
    for (let i = 0; i < m; i++) {
      const value = r[columns[i]!.key];
      const text = oneLine(value === undefined ? '' : String(value));
      let width = textWidth(text);
      texts[k * m + i] = width <= maxWidth ? text : clip(text, maxWidth);
      if (width > maxWidth) width = textWidth(texts[k * m + i]!);
      measured[k * m + i] = width;
      if (width > widths[i]!) widths[i] = width;
    }
  }
  // Each line is written out in one pass, with the padding strings made once per width.
  const pads: string[] = [];
  const pad = (n: number) => (pads[n] ??= ' '.repeat(n));
  const line = (cell: (i: number) => string, width: (i: number) => number) => {
    let text = '';
    for (let i = 0; i < m; i++) {
      if (i > 0) text += '  ';
      const space = pad(Math.max(0, widths[i]! - width(i)));
      text += columns[i]!.align === 'right' ? space + cell(i) : cell(i) + space;
    }
    return text.trimEnd();
  };
  const lines = [line((i) => columns[i]!.title, (i) => textWidth(columns[i]!.title)), widths.map((w) => '─'.repeat(w)).join('  ')];
  for (let k = 0; k < rows.length; k++) lines.push(line((i) => texts[k * m + i]!, (i) => measured[k * m + i]!));
  return lines.join('\n');
}

/** CSV with a header of the column keys (util/to-csv.ts). */
export function renderCsv(table: TextTable): string {
  return toCsv([table.columns.map((c) => c.key), ...table.rows.map((r) => table.columns.map((c) => r[c.key]))]);
}

/** The text on one line: runs of white space (line breaks, tabs) as one space. */
function oneLine(text: string): string {
  return /\s/.test(text) ? text.replace(/\s+/g, ' ') : text;
}

/** A one-line text wider than `max` columns, cut to fit with an ellipsis. */
function clip(text: string, max: number): string {
  let out = '';
  for (const ch of text) {
    if (textWidth(out + ch) > max - 1) break;
    out += ch;
  }
  return out + '…';
}
