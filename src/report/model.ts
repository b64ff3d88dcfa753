import type { ChartSpec } from '../charts/types.js';
import type { Status } from '../evaluate/types.js';
import type { Lang } from '../util/lang.js';

/**
 * The document model: what a report says, composed once. The PDF, DOCX and HTML renderers lay it
 * out and draw it; renderers never compute or reword: every word and number they print is here.
 */
export type Block = Heading | Paragraph | Bullets | Table | Figure | PageBreak | Toc;

/** A section heading. `number` is the official-style number (一、 （一） 1.) set by compose. */
export interface Heading {
  type: 'heading';
  level: 1 | 2 | 3;
  text: string;
  number?: string;
}

export interface Paragraph {
  type: 'paragraph';
  text: string;
  /** First-line indent of two characters (Chinese body text). Default: true. */
  indent?: boolean;
  /** A note in smaller type (sources, data notices). */
  small?: boolean;
}

export interface Bullets {
  type: 'bullets';
  items: string[];
}

export interface TableColumn {
  title: string;
  align?: 'left' | 'right' | 'center';
}

export interface Table {
  type: 'table';
  /** File name (without extension) when the table is also written as CSV/XLSX. */
  name: string;
  /** Its number, printed before the caption: 表1 / Table 1. */
  label: string;
  caption?: string;
  columns: TableColumn[];
  rows: string[][];
  /**
   * Per cell, the number its text shows, where the cell is one number and nothing else: the
   * workbook (tables.xlsx) stores it as a number with this format; every other cell stays text.
   */
  numbers?: (CellNumber | null)[][];
  /** Per cell, a status whose colour mark is drawn before the text (dashboard tables). */
  status?: (Status | null)[][];
  /**
   * Per cell, true where the text is printed in grey: a survey estimate the presentation standard
   * flags (use with caution); the note says why. Each renderer maps it to its grey ink.
   */
  muted?: boolean[][];
  note?: string;
}

/** A table cell's number for spreadsheets: the value (a share as a fraction) and its Excel number format. */
export interface CellNumber {
  value: number;
  /** Excel number format, e.g. '0.0%' or '#,##0"人次"' (util/unit-rules.ts excelFormat). */
  format: string;
}

export interface Figure {
  type: 'figure';
  /** File name (without extension) of the chart's SVG written beside the report. */
  name: string;
  /** Its number, printed before the caption: 图1 / Figure 1. */
  label: string;
  caption: string;
  spec: ChartSpec;
  /** The chart rendered once, shared by every output format. */
  svg: string;
  /** Size in points, read from the SVG. */
  width: number;
  height: number;
  /** A footnote under the figure (why some estimates are greyed or left out), in small type. */
  note?: string;
}

export interface PageBreak {
  type: 'pagebreak';
}

/** Table of contents: filled with the headings and their page numbers at layout. */
export interface Toc {
  type: 'toc';
  title: string;
  /** Deepest heading level listed (1–3). */
  levels: 1 | 2 | 3;
}

export interface ReportMeta {
  title: string;
  subtitle?: string;
  /** The title as the cover sets it: the plan's name, then the kind of report on a line of its own when the title ends with it. */
  coverTitle: [string] | [string, string];
  /** Issuing office (领导小组办公室), the PDF's author. */
  office: string;
  /** Report date, YYYY-MM-DD: the PDF's creation date. */
  date: string;
  /** The date as printed on the cover (2025年3月31日). */
  dateText: string;
  subject: string;
  keywords: string[];
  lang: Lang;
  /** A notice printed on the cover and in the running footer, e.g. that the data are synthetic. */
  notice?: string;
}

export interface ReportDocument {
  meta: ReportMeta;
  /** Whether the first page is a cover. Default: true. */
  cover: boolean;
  blocks: Block[];
}
