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
  // Each cell clipped and measured once (a national evaluation prints 10,000 rows).
  const cells = table.rows.map((r) => columns.map((c) => clip(r[c.key] === undefined ? '' : String(r[c.key]), maxWidth)));
  const cellWidths = cells.map((row) => row.map(textWidth));
  const widths = columns.map((c, i) => cellWidths.reduce((w, row) => Math.max(w, row[i]!), textWidth(c.title)));
  const line = (values: readonly string[], measured: readonly number[]) =>
    values
      .map((v, i) => {
        const pad = ' '.repeat(Math.max(0, widths[i]! - measured[i]!));
        return columns[i]!.align === 'right' ? pad + v : v + pad;
      })
      .join('  ')
      .trimEnd();
  const titles = columns.map((c) => c.title);
  const header = line(titles, titles.map(textWidth));
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [header, rule, ...cells.map((row, k) => line(row, cellWidths[k]!))].join('\n');
}

/** CSV with a header of the column keys (util/to-csv.ts). */
export function renderCsv(table: TextTable): string {
  return toCsv([table.columns.map((c) => c.key), ...table.rows.map((r) => table.columns.map((c) => r[c.key]))]);
}

function clip(text: string, max: number): string {
  const flat = /\s/.test(text) ? text.replace(/\s+/g, ' ') : text;
  if (textWidth(flat) <= max) return flat;
  let out = '';
  for (const ch of flat) {
    if (textWidth(out + ch) > max - 1) break;
    out += ch;
  }
  return out + '…';
}
