import type { FileChild } from 'docx';
import { AlignmentType, BorderStyle, Paragraph, Table as DocxTable, TableCell, TableRow, VerticalAlignTable, WidthType } from 'docx';
import { FLAGGED_GREY, statusColours } from '../../charts/theme.js';
import type { Status } from '../../evaluate/types.js';
import { tableColumnWidths } from '../column-widths.js';
import type { Table } from '../model.js';
import type { DocxBody } from './body.js';
import { textRun } from './body.js';
import { runOf, styleIds, twips } from './styles.js';

/**
 * Room for the faces Word, WPS or LibreOffice draw 黑体 with (column-widths.ts): the bundled face's
 * digits are about a tenth narrower than SimHei's and Noto Sans CJK's, and a column measured to
 * the point wrapped 8.64个百分 / 点 and 73.12m²/万 / 人 in LibreOffice.
 */
const FACE_SLACK = 0.15;

/** A table of no more body rows than this is kept whole on one page (with its caption), when it fits one. */
const WHOLE_ROWS = 12;

/**
 * A real Word table with the PDF's column widths (widened by FACE_SLACK where the text block has
 * room): caption above and kept with the table, a header row repeated on each page, no row split
 * across pages, and the note below. An empty note paragraph follows a table without a note, so two
 * tables never run into each other.
 */
export function docxTable(body: DocxBody, t: Table): FileChild[] {
  const widths = tableColumnWidths(t, body.style, body.fonts, { slack: FACE_SLACK }).map(twips);
  const out: FileChild[] = [];
  if (t.caption) out.push(body.para({ style: 'Caption', keepNext: true, spacing: { before: twips(body.style.gap / 2), after: twips(2) }, children: [textRun(`${t.label}  ${t.caption}`)] }));
  // A table cannot carry a page break itself: an empty paragraph takes it.
  else if (body.breakBefore) out.push(body.para({ style: styleIds.note, children: [] }));
  out.push(threeLineTable(body, t, widths));
  if (t.note) out.push(body.para({ style: styleIds.note, spacing: { before: twips(2) }, children: [textRun(t.note)] }));
  else out.push(body.para({ style: styleIds.note, children: [] }));
  return out;
}

/** A three-line table, as in the PDF: heavy rules at the top and bottom, a light one under the header. */
function threeLineTable(body: DocxBody, t: Table, widths: number[]): DocxTable {
  const rule = (size: number, color = '333333') => ({ style: BorderStyle.SINGLE, size, color });
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  return new DocxTable({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    alignment: AlignmentType.CENTER,
    borders: { top: rule(10), bottom: rule(10), left: none, right: none, insideHorizontal: rule(2, 'BBBBBB'), insideVertical: none },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: t.columns.map((c, i) => cell(body, t, widths[i]!, c.title, i, true, null, true, false)) }),
      ...t.rows.map((r, k) => new TableRow({ cantSplit: true, children: t.columns.map((_, i) => cell(body, t, widths[i]!, r[i] ?? '', i, false, t.status?.[k]?.[i], keepsWithNext(t.rows.length, k), t.muted?.[k]?.[i] ?? false)) })),
    ],
  });
}

/**
 * Whether body row `k` of `n` keeps with the row after it (its paragraphs keep with the next, the
 * way Word keeps table rows together). A short table stays whole, so its caption and header never
 * sit alone with a row at the foot of a page; a long one breaks, but leaves at least three rows
 * (with the header) at a page's foot and two at the next page's top.
 */
export function keepsWithNext(n: number, k: number): boolean {
  if (k >= n - 1) return false;
  return n <= WHOLE_ROWS || k < 2 || k === n - 2;
}

/** One cell of column `i`: header cells shaded and in bold type, status cells with the status colour's mark, muted cells in grey. */
function cell(body: DocxBody, t: Table, width: number, content: string, i: number, head: boolean, status: Status | null | undefined, keepNext: boolean, muted: boolean): TableCell {
  const { style, face } = body;
  const run = runOf(style.table, face.sans);
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { top: 60, bottom: 60, left: 60, right: 60 },
    ...(head ? { shading: { fill: 'F0F0F0' } } : {}),
    children: [
      new Paragraph({
        style: styleIds.table,
        ...(keepNext ? { keepNext: true } : {}),
        alignment: head || t.columns[i]?.align === 'center' ? AlignmentType.CENTER : t.columns[i]?.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        // The status mark as in the PDF: a square in the status colour before the status word.
        children: [
          ...(status ? [textRun('■\u2009', { ...run, size: Math.round(style.table.size * 0.7 * 2), color: statusColours[status].slice(1) })] : []),
          textRun(content, { ...run, ...(head ? runOf(style.table, face.sansBold, { bold: style.name === 'plain' }) : {}), ...(muted ? { color: FLAGGED_GREY.slice(1) } : {}) }),
        ],
      }),
    ],
  });
}
