/**
 * Reports, in phases (each a file of that name):
 *   template  — user-editable text in templates/<lang>/<kind>.md (load.ts reads it)
 *   bind      — the assessment worded into a context of values (bind.ts, findings.ts)
 *   compose   — template + context → document model: headings, paragraphs, tables, figures
 *               (compose.ts, with directives.ts, tables.ts and numbering.ts)
 *   render    — one renderer per format, all from the same model, each in its folder with one
 *               function per block kind: pdf/ lays the model out on A4 pages with CJK line
 *               breaking (pdf/layout.ts, pdf/line-break.ts) and draws the pages with embedded fonts
 *               (pdf/render.ts); docx/render.ts writes a Word document; html/render.ts one
 *               self-contained HTML page; tables → CSV/XLSX (render-csv.ts). What two formats
 *               share stays here: the page style (style.ts), table column widths
 *               (column-widths.ts), the dating of zip packages (zip-date.ts).
 *   write     — every output atomically, to the output folder (write.ts)
 * Renderers never compute or reword anything.
 */
import type { Assessment } from '../evaluate/assess.js';
import type { FontSet } from '../fonts/index.js';
import type { Lang } from '../util/lang.js';
import type { ReportKind } from './bind.js';
import { compose } from './compose.js';
import { wordedFindings } from './bind.js';
import { ReportCheckError, checkReport } from './check.js';
import type { WordingOverrides } from './findings/index.js';
import { renderDocx } from './docx/render.js';
import { renderHtml } from './html/render.js';
import type { ReportDocument, Table } from './model.js';
import { layout } from './pdf/layout.js';
import { renderPdf } from './pdf/render.js';
import { tableCsv, tablesXlsx } from './render-csv.js';
import { pageStyle } from './style.js';

import type { ReportFormat } from './formats.js';
import type { QualityGroup } from './quality.js';

export { reportFormats } from './formats.js';
export type { ReportFormat } from './formats.js';

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
  /** Formats to render, each from the same document model. Default: ['pdf']. */
  formats?: readonly ReportFormat[];
  /** Interactive charts in the HTML, with this Vega runtime inlined (see RenderHtmlOptions). Default: none. */
  interactive?: { runtime: string };
  /** The workspace's rewording of findings (loadWordingOverrides). Default: the catalogue's. */
  wording?: WordingOverrides;
  /** The data-quality warnings by code, for the appendix (report/quality.ts). Default: not checked. */
  quality?: readonly QualityGroup[];
}

/** One output file: a relative name and its bytes. */
export interface OutputFile {
  name: string;
  content: string | Uint8Array;
}

/** A built report: its document model, one rendering per format asked for, and the files beside it. */
export interface BuiltReport {
  doc: ReportDocument;
  pdf?: Buffer;
  docx?: Buffer;
  html?: string;
  /** Charts (SVG) and tables (CSV, XLSX), written beside the report. */
  files: OutputFile[];
  /** Pages of the PDF, when one was rendered. */
  pages?: number;
}

/**
 * Builds a report: composes the document model once, renders it in each format asked for (PDF by
 * default; DOCX; HTML), and adds the charts and tables beside it. Pure (no file I/O).
 * @example
 * const { pdf, docx } = await buildReport(assessment, { kind: 'midterm', lang: 'zh', date: '2025-03-31', template, fonts, formats: ['pdf', 'docx'] });
 */
export async function buildReport(a: Assessment, options: ReportOptions): Promise<BuiltReport> {
  const { formats = ['pdf'] } = options;
  const style = pageStyle(options.style ?? 'official');
  // Chinese official numbering (一、（一）) only for Chinese official documents.
  const doc = await compose(a, { ...options, numbering: style.name === 'official' && options.lang === 'zh' ? 'official' : 'plain' });
  // The report check runs before anything is rendered or written: a false sentence is never a file.
  const region = options.region ?? a.root;
  const violations = checkReport(doc, a, wordedFindings(a, { lang: options.lang, region, wording: options.wording, quality: options.quality }), region);
  if (violations.length) throw new ReportCheckError(violations);
  const report: BuiltReport = { doc, files: [] };
  if (formats.includes('pdf')) {
    const laid = layout(doc, style, options.fonts);
    report.pdf = await renderPdf(laid, { fonts: options.fonts, style, meta: doc.meta, header: doc.meta.title });
    report.pages = laid.pages.length;
  }
  if (formats.includes('docx')) report.docx = await renderDocx(doc, { fonts: options.fonts, style, header: doc.meta.title });
  if (formats.includes('html')) report.html = renderHtml(doc, { style, fonts: options.fonts, interactive: options.interactive });
  for (const b of doc.blocks) {
    if (b.type === 'figure') report.files.push({ name: `${b.name}.svg`, content: b.svg });
  }
  const tables = doc.blocks.filter((b): b is Table => b.type === 'table');
  tables.forEach((t, i) => report.files.push({ name: `table_${String(i + 1).padStart(2, '0')}_${t.name}.csv`, content: tableCsv(t) }));
  if (tables.length) report.files.push({ name: 'tables.xlsx', content: await tablesXlsx(doc) });
  return report;
}
