import { padEnd, padStart, textWidth } from '../../util/text-width.js';
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
  const cell = (v: string | number | undefined) => clip(v === undefined ? '' : String(v), maxWidth);
  const widths = table.columns.map((c) =>
    Math.max(textWidth(c.title), ...table.rows.map((r) => textWidth(cell(r[c.key])))),
  );
  const line = (values: string[]) =>
    values
      .map((v, i) => (table.columns[i]!.align === 'right' ? padStart(v, widths[i]!) : padEnd(v, widths[i]!)))
      .join('  ')
      .trimEnd();
  const header = line(table.columns.map((c) => c.title));
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [header, rule, ...table.rows.map((r) => line(table.columns.map((c) => cell(r[c.key]))))].join('\n');
}

/** CSV with a header of the column keys (util/to-csv.ts). */
export function renderCsv(table: TextTable): string {
  return toCsv([table.columns.map((c) => c.key), ...table.rows.map((r) => table.columns.map((c) => r[c.key]))]);
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ');
  if (textWidth(flat) <= max) return flat;
  let out = '';
  for (const ch of flat) {
    if (textWidth(out + ch) > max - 1) break;
    out += ch;
  }
  return out + '…';
}
