import { FLAGGED_GREY, statusColours } from '../../charts/theme.js';
import type { Status } from '../../evaluate/types.js';
import { tableColumnWidths } from '../column-widths.js';
import type { Table } from '../model.js';
import type { TextStyle } from '../style.js';
import { captionHeight, drawCaption } from './caption.js';
import { breakLines } from './line-break.js';
import type { Pager } from './pager.js';
import { INK, RULE } from './pager.js';
import { setText } from './paragraph.js';

/** Padding inside a cell, points. */
const PAD = 3;

/** What measuring and drawing a table's rows needs, worked out once per table. */
interface Grid {
  table: Table;
  s: TextStyle;
  widths: number[];
  /** Room taken by a status mark before a cell's text (dashboard tables). */
  markW: number;
  measure: (s: string) => number;
}

/**
 * A three-line table (heavy rules above and below, a light one under the header): caption,
 * header and first row kept together; a row that does not fit ends the page's part of the table
 * with a heavy rule, and the header is drawn again at the top of the next page.
 */
export function layoutTable(p: Pager, t: Table): void {
  const { style } = p;
  const g = grid(p, t);
  const header = t.columns.map((c) => c.title);
  const headerH = rowHeight(g, header);
  const firstH = t.rows.length ? rowHeight(g, t.rows[0]!, Boolean(t.status)) : 0;
  const caption = t.caption ? `${t.label}  ${t.caption}` : '';
  p.ensure((caption ? captionHeight(p, caption) : 0) + headerH + firstH + style.gap);
  p.y += style.gap / 2;
  if (caption) p.y += drawCaption(p, caption);
  drawHeader(p, g, header, headerH);
  t.rows.forEach((r, k) => {
    const h = rowHeight(g, r, Boolean(t.status));
    if (p.y + h > p.bottom) {
      p.rule(1.2, RULE);
      p.newPage();
      drawHeader(p, g, header, headerH);
    }
    drawRow(p, g, r, p.y, false, t.status?.[k], t.muted?.[k]);
    p.y += h;
    if (k < t.rows.length - 1) p.rule(0.25, '#BBBBBB');
  });
  p.rule(1.2, RULE);
  p.y += 2;
  if (t.note) setText(p, t.note, style.small, false);
  p.y += style.gap;
}

function grid(p: Pager, table: Table): Grid {
  const s = p.style.table;
  return { table, s, widths: tableColumnWidths(table, p.style, p.fonts), markW: table.status ? s.size * 0.9 : 0, measure: p.measure(s.face, s.size) };
}

/** The lines of a cell's text in a column of width `w`. */
function cellLines(g: Grid, text: string, w: number): string[] {
  return breakLines(text, g.measure, w - PAD * 2);
}

/** Height of a row: its tallest cell (with room for status marks when `marks`). */
function rowHeight(g: Grid, cells: string[], marks = false): number {
  return Math.max(...cells.map((c, i) => cellLines(g, c, g.widths[i]! - (marks ? g.markW : 0)).length)) * g.s.leading + PAD * 2;
}

/** The header row on its grey band, between the heavy top rule and the light rule under it. */
function drawHeader(p: Pager, g: Grid, header: string[], headerH: number): void {
  p.rule(1.2, RULE);
  p.push({ op: 'rect', x: p.left, y: p.y, w: p.width, h: headerH, fill: '#F0F0F0' });
  drawRow(p, g, header, p.y, true);
  p.y += headerH;
  p.rule(0.6, RULE);
}

/** One row with its top at `top`: header cells bold and centred, body cells aligned as their column, status marks first, muted cells in grey. */
function drawRow(p: Pager, g: Grid, cells: string[], top: number, bold: boolean, statuses?: (Status | null)[], muted?: boolean[]): void {
  const { s, markW } = g;
  let x = p.left;
  cells.forEach((c, i) => {
    const w = g.widths[i]!;
    const st = statuses?.[i];
    const inner = w - (st ? markW : 0);
    const align = bold ? 'center' : (g.table.columns[i]?.align ?? 'left');
    cellLines(g, c, inner).forEach((line, k) => {
      const lw = g.measure(line);
      const x0 = x + PAD + (st ? markW : 0);
      const lx = align === 'right' ? x + w - PAD - lw : align === 'center' ? x0 + (inner - PAD * 2 - lw) / 2 : x0;
      p.push({ op: 'text', x: lx, y: top + PAD + k * s.leading + (s.leading - s.size * 1.15) / 2, text: line, face: bold ? 'sansBold' : s.face, size: s.size, color: muted?.[i] ? FLAGGED_GREY : INK });
    });
    if (st) p.push({ op: 'rect', x: x + PAD, y: top + PAD + (s.leading - s.size * 0.6) / 2, w: s.size * 0.6, h: s.size * 0.6, fill: statusColours[st] });
    x += w;
  });
}
