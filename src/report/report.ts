/**
 * Reports, in phases (each a file of that name):
 *   template  — user-editable text in templates/<lang>/<kind>.md (load.ts reads it)
 *   bind      — the assessment worded into a context of values (bind.ts, findings.ts)
 *   compose   — template + context → document model: headings, paragraphs, tables, figures (compose.ts)
 *   layout    — the model on A4 pages with CJK line breaking (layout.ts, line-break.ts)
 *   render    — pages → PDF bytes with embedded fonts (render-pdf.ts); tables → CSV/XLSX (render-csv.ts)
 *   write     — every output atomically, to the output folder (write.ts)
 * Renderers never compute or reword anything.
 */
import type { Assessment } from '../evaluate/assess.js';
import type { FontSet } from '../util/font.js';
import type { Lang } from '../util/lang.js';
import type { ReportKind } from './bind.js';
import { compose } from './compose.js';
import { layout } from './layout.js';
import type { ReportDocument, Table } from './model.js';
import { tableCsv, tablesXlsx } from './render-csv.js';
import { renderPdf } from './render-pdf.js';
import { pageStyle } from './style.js';

export interface ReportOptions {
  kind: ReportKind;
  lang: Lang;
  /** Date printed on the report and used as the PDF's creation date, YYYY-MM-DD. */
  date: string;
  template: { text: string; file: string };
  fonts: FontSet;
  /** official (GB/T 9704) or plain. Default: official. */
  style?: 'official' | 'plain';
  region?: string;
  office?: string;
  notice?: string;
}

/** One output file: a relative name and its bytes. */
export interface OutputFile {
  name: string;
  content: string | Uint8Array;
}

/** Builds a report: the document model, the PDF, and the charts and tables beside it. Pure (no file I/O). */
export async function buildReport(a: Assessment, options: ReportOptions): Promise<{ doc: ReportDocument; pdf: Buffer; files: OutputFile[]; pages: number }> {
  const style = pageStyle(options.style ?? 'official');
  // Chinese official numbering (一、（一）) only for Chinese official documents.
  const doc = await compose(a, { ...options, numbering: style.name === 'official' && options.lang === 'zh' ? 'official' : 'plain' });
  const laid = layout(doc, style, options.fonts);
  const pdf = await renderPdf(laid, { fonts: options.fonts, style, meta: doc.meta, header: doc.meta.title });
  const files: OutputFile[] = [];
  for (const b of doc.blocks) {
    if (b.type === 'figure') files.push({ name: `${b.name}.svg`, content: b.svg });
  }
  const tables = doc.blocks.filter((b): b is Table => b.type === 'table');
  tables.forEach((t, i) => files.push({ name: `table_${String(i + 1).padStart(2, '0')}_${t.name}.csv`, content: tableCsv(t) }));
  if (tables.length) files.push({ name: 'tables.xlsx', content: await tablesXlsx(doc) });
  return { doc, pdf, files, pages: laid.pages.length };
}
