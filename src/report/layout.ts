import type { Status } from '../evaluate/types.js';
import type { FontSet } from '../fonts/index.js';
import { breakLines } from './line-break.js';
import type { Block, Figure, Heading, ReportDocument, Table } from './model.js';
import type { FaceName, PageStyle, TextStyle } from './style.js';
import { MM, textWidth } from './style.js';
import { statusColours } from '../charts/theme.js';

/** A drawing instruction in page coordinates (points, origin top-left). */
export type Op =
  | { op: 'text'; x: number; y: number; text: string; face: FaceName; size: number; color?: string; spacing?: number }
  | { op: 'line'; x1: number; y1: number; x2: number; y2: number; width: number; color: string }
  | { op: 'rect'; x: number; y: number; w: number; h: number; fill: string }
  | { op: 'svg'; x: number; y: number; w: number; h: number; svg: string };

export interface LaidPage {
  ops: Op[];
  /** Printed page number; null for the cover. */
  number: number | null;
}

export interface OutlineEntry {
  title: string;
  level: number;
  /** Index into pages. */
  page: number;
}

export interface Layout {
  pages: LaidPage[];
  outline: OutlineEntry[];
}

const INK = '#1a1a1a';
const MUTED = '#555555';
const RULE = '#333333';

/**
 * Lays the document out on pages (pure: fonts only measure). Headings stay with the lines after
 * them, figures are never split, tables repeat their header on each page, the table of contents
 * gets its page numbers after everything else is placed, and every line obeys the CJK line-break
 * rules (line-break.ts).
 */
export function layout(doc: ReportDocument, style: PageStyle, fonts: FontSet): Layout {
  const width = textWidth(style);
  const left = style.margin.left;
  const bottom = style.pageHeight - style.margin.bottom;
  const pages: LaidPage[] = [];
  const outline: OutlineEntry[] = [];
  const tocSlots: { pages: number[]; title: string; levels: number }[] = [];
  let page: LaidPage;
  let y = 0;
  const measure = (face: FaceName, size: number) => (s: string) => fonts[face].measure(s, size);
  const newPage = (numbered = true) => {
    page = { ops: [], number: numbered ? pages.filter((p) => p.number !== null).length + 1 : null };
    pages.push(page);
    y = style.margin.top;
  };
  const atTop = () => y <= style.margin.top + 0.5;
  const ensure = (h: number) => {
    if (y + h > bottom + 0.5 && !atTop()) newPage();
  };
  const text = (t: string, x: number, top: number, s: TextStyle, color = INK, spacing?: number) => {
    // Centre the glyphs on the line box: pdfkit places text by its top.
    page.ops.push({ op: 'text', x, y: top + (s.leading - s.size * 1.15) / 2, text: t, face: s.face, size: s.size, color, ...(spacing ? { spacing } : {}) });
  };
  const lines = (t: string, s: TextStyle, w: number, first = w) => breakLines(t, measure(s.face, s.size), w, first);

  if (doc.cover) {
    newPage(false);
    cover(doc, style, fonts, page!, width);
  }
  newPage();
  if (!doc.cover) {
    // Without a cover (briefings), the title heads the first page.
    for (const line of lines(doc.meta.title, style.title, width)) {
      const w = measure(style.title.face, style.title.size)(line);
      text(line, left + (width - w) / 2, y, style.title);
      y += style.title.leading;
    }
    y += style.gap;
  }

  const paragraph = (t: string, s: TextStyle, indent: boolean, x0 = left, w = width) => {
    const ind = indent ? s.size * 2 : 0;
    const ls = lines(t, s, w, w - ind);
    ls.forEach((line, i) => {
      ensure(s.leading);
      const x = x0 + (i === 0 ? ind : 0);
      const avail = w - (i === 0 ? ind : 0);
      // Justify full lines of Chinese text by spreading the remaining space between characters.
      const chars = [...line].length;
      const slack = avail - measure(s.face, s.size)(line);
      const spacing = i < ls.length - 1 && chars > 1 && slack > 0 && slack < s.size * 2 ? slack / (chars - 1) : undefined;
      text(line, x, y, s, INK, spacing);
      y += s.leading;
    });
  };

  for (const block of doc.blocks) layoutBlock(block);

  // The table of contents, now that every heading has its page.
  for (const slot of tocSlots) fillToc(slot.pages, slot.title, slot.levels);

  return { pages, outline };

  function layoutBlock(block: Block): void {
    switch (block.type) {
      case 'heading':
        return heading(block);
      case 'paragraph':
        paragraph(block.text, block.small ? style.small : style.body, block.indent !== false);
        y += style.name === 'plain' ? 4 : 0;
        return;
      case 'bullets':
        for (const item of block.items) bullet(item);
        y += style.gap / 2;
        return;
      case 'table':
        return table(block);
      case 'figure':
        return figure(block);
      case 'pagebreak':
        if (!atTop()) newPage();
        return;
      case 'toc': {
        if (!atTop()) newPage();
        const entries = doc.blocks.filter((b) => b.type === 'heading' && b.level <= block.levels).length;
        const perPage = Math.floor((bottom - style.margin.top) / style.body.leading) - 2;
        const count = Math.max(1, Math.ceil(entries / perPage));
        const slot = { pages: [pages.indexOf(page)], title: block.title, levels: block.levels };
        for (let i = 1; i < count; i++) {
          newPage();
          slot.pages.push(pages.indexOf(page));
        }
        tocSlots.push(slot);
        newPage();
        return;
      }
    }
  }

  function heading(h: Heading): void {
    const s = style.headings[(h.level - 1) as 0 | 1 | 2];
    const full = `${h.number ?? ''}${h.text}`;
    const ls = lines(full, s, width, width - (style.name === 'official' ? s.size * 2 : 0));
    // Keep the heading with at least three lines of what follows.
    ensure(ls.length * s.leading + style.gap + style.body.leading * 3);
    if (!atTop()) y += style.gap;
    outline.push({ title: full, level: h.level, page: pages.indexOf(page) });
    paragraph(full, s, style.name === 'official');
  }

  function bullet(item: string): void {
    const s = style.body;
    const hang = s.size * 1.2;
    const ls = lines(item, s, width - hang);
    ls.forEach((line, i) => {
      ensure(s.leading);
      if (i === 0) text('•', left + s.size * 0.2, y, s, MUTED);
      text(line, left + hang, y, s);
      y += s.leading;
    });
  }

  function figure(f: Figure): void {
    const cap = style.caption;
    const maxH = bottom - style.margin.top - cap.leading - style.gap * 2;
    const scale = Math.min(1, width / f.width, maxH / f.height);
    const w = f.width * scale;
    const h = f.height * scale;
    ensure(h + cap.leading + style.gap * 2);
    y += style.gap;
    page.ops.push({ op: 'svg', x: left + (width - w) / 2, y, w, h, svg: f.svg });
    y += h + 2;
    const caption = `${f.label}  ${f.caption}`;
    const cw = measure(cap.face, cap.size)(caption);
    text(caption, left + Math.max(0, (width - cw) / 2), y, cap, INK);
    y += cap.leading + style.gap;
  }

  function table(t: Table): void {
    const s = style.table;
    const pad = 3;
    const m = measure(s.face, s.size);
    const markW = t.status ? s.size * 0.9 : 0;
    const widths = tableColumnWidths(t, style, fonts);
    const cell = (txt: string, w: number) => breakLines(txt, m, w - pad * 2);
    const rowHeight = (cells: string[], marks = false) => Math.max(...cells.map((c, i) => cell(c, widths[i]! - (marks ? markW : 0)).length)) * s.leading + pad * 2;
    const header = t.columns.map((c) => c.title);
    const headerH = rowHeight(header);
    const cap = style.caption;
    const drawHeader = () => {
      page.ops.push({ op: 'line', x1: left, y1: y, x2: left + width, y2: y, width: 1.2, color: RULE });
      page.ops.push({ op: 'rect', x: left, y, w: width, h: headerH, fill: '#F0F0F0' });
      drawRow(header, y, true);
      y += headerH;
      page.ops.push({ op: 'line', x1: left, y1: y, x2: left + width, y2: y, width: 0.6, color: RULE });
    };
    const drawRow = (cells: string[], top: number, bold: boolean, statuses?: (Status | null)[]) => {
      let x = left;
      cells.forEach((c, i) => {
        const w = widths[i]!;
        const st = statuses?.[i];
        const inner = w - (st ? markW : 0);
        const align = bold ? 'center' : (t.columns[i]?.align ?? 'left');
        cell(c, inner).forEach((line, k) => {
          const lw = m(line);
          const x0 = x + pad + (st ? markW : 0);
          const lx = align === 'right' ? x + w - pad - lw : align === 'center' ? x0 + (inner - pad * 2 - lw) / 2 : x0;
          page.ops.push({ op: 'text', x: lx, y: top + pad + k * s.leading + (s.leading - s.size * 1.15) / 2, text: line, face: bold ? 'sansBold' : s.face, size: s.size, color: INK });
        });
        if (st) page.ops.push({ op: 'rect', x: x + pad, y: top + pad + (s.leading - s.size * 0.6) / 2, w: s.size * 0.6, h: s.size * 0.6, fill: statusColours[st] });
        x += w;
      });
    };
    // Caption, header and the first row stay together.
    const firstH = t.rows.length ? rowHeight(t.rows[0]!, Boolean(t.status)) : 0;
    ensure((t.caption ? cap.leading : 0) + headerH + firstH + style.gap);
    y += style.gap / 2;
    if (t.caption) {
      const caption = `${t.label}  ${t.caption}`;
      const cw = measure(cap.face, cap.size)(caption);
      text(caption, left + Math.max(0, (width - cw) / 2), y, cap);
      y += cap.leading;
    }
    drawHeader();
    t.rows.forEach((r, k) => {
      const h = rowHeight(r, Boolean(t.status));
      if (y + h > bottom) {
        page.ops.push({ op: 'line', x1: left, y1: y, x2: left + width, y2: y, width: 1.2, color: RULE });
        newPage();
        drawHeader();
      }
      drawRow(r, y, false, t.status?.[k]);
      y += h;
      if (k < t.rows.length - 1) page.ops.push({ op: 'line', x1: left, y1: y, x2: left + width, y2: y, width: 0.25, color: '#BBBBBB' });
    });
    page.ops.push({ op: 'line', x1: left, y1: y, x2: left + width, y2: y, width: 1.2, color: RULE });
    y += 2;
    if (t.note) paragraph(t.note, style.small, false);
    y += style.gap;
  }

  function fillToc(indices: number[], title: string, levels: number): void {
    const s = style.body;
    const entries = outline.filter((o) => o.level <= levels);
    let slot = 0;
    let p = pages[indices[0]!]!;
    let top = style.margin.top;
    const tw = fonts[style.title.face].measure(title, style.headings[0].size);
    p.ops.push({ op: 'text', x: left + (width - tw) / 2, y: top, text: title, face: style.title.face, size: style.headings[0].size, color: INK });
    top += s.leading * 1.5;
    for (const e of entries) {
      if (top + s.leading > bottom && slot < indices.length - 1) {
        slot++;
        p = pages[indices[slot]!]!;
        top = style.margin.top;
      }
      const indent = (e.level - 1) * s.size * 2;
      const number = String(pages[e.page]!.number ?? '');
      const size = s.size * (style.name === 'official' ? 0.9 : 1);
      const mm = (t: string) => fonts[s.face].measure(t, size);
      const avail = width - indent - mm(number) - size * 2;
      let label = e.title;
      while (mm(label) > avail && label.length > 2) label = `${[...label].slice(0, -2).join('')}…`;
      const dots = '·'.repeat(Math.max(0, Math.floor((width - indent - mm(label) - mm(number) - size) / mm('·'))));
      p.ops.push({ op: 'text', x: left + indent, y: top, text: label, face: e.level === 1 ? 'sansBold' : s.face, size, color: INK });
      p.ops.push({ op: 'text', x: left + indent + mm(label) + size * 0.3, y: top, text: dots, face: s.face, size, color: '#999999' });
      p.ops.push({ op: 'text', x: left + width - mm(number), y: top, text: number, face: s.face, size, color: INK });
      top += s.leading;
    }
  }
}

/**
 * Column widths of a table across the text block (points): natural widths from the content,
 * measured with the table face, then fitted to the block. The DOCX renderer reuses them.
 */
export function tableColumnWidths(t: Table, style: PageStyle, fonts: FontSet): number[] {
  const s = style.table;
  const width = textWidth(style);
  const m = (text: string) => fonts[s.face].measure(text, s.size);
  const pad = 3;
  const markW = t.status ? s.size * 0.9 : 0;
  const natural = t.columns.map((c, i) => Math.max(m(c.title), ...t.rows.map((r, k) => m(r[i] ?? '') + (t.status?.[k]?.[i] ? markW : 0))) + pad * 2 + 1);
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

/** The cover: title in the upper third, subtitle, notice, and the office and date near the foot. */
function cover(doc: ReportDocument, style: PageStyle, fonts: FontSet, page: LaidPage, width: number): void {
  const left = style.margin.left;
  const centre = (t: string, y: number, s: TextStyle, color = INK) => {
    for (const [i, line] of breakLines(t, (x) => fonts[s.face].measure(x, s.size), width).entries()) {
      const w = fonts[s.face].measure(line, s.size);
      page.ops.push({ op: 'text', x: left + (width - w) / 2, y: y + i * s.leading, text: line, face: s.face, size: s.size, color });
    }
    return breakLines(t, (x) => fonts[s.face].measure(x, s.size), width).length * s.leading;
  };
  const [main, kind] = doc.meta.coverTitle;
  let y = style.pageHeight * 0.26;
  y += centre(main, y, style.title);
  if (kind) centre(kind, y + style.title.leading * 0.6, { ...style.title, size: style.title.size * 1.15, leading: style.title.leading * 1.15 });
  const foot = style.pageHeight - style.margin.bottom - 60;
  centre(doc.meta.office, foot, style.headings[1]);
  centre(doc.meta.dateText, foot + style.headings[1].leading, style.headings[1]);
  if (doc.meta.notice) centre(doc.meta.notice, foot + 70, style.small, MUTED);
  void MM;
}
