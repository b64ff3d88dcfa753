import type { FontSet } from '../../fonts/index.js';
import type { Block, ReportDocument, Toc } from '../model.js';
import type { PageStyle } from '../style.js';
import { layoutBullets } from './bullets.js';
import { layoutCover, layoutTitle } from './cover.js';
import { layoutFigure } from './figure.js';
import { layoutHeading } from './heading.js';
import { Pager } from './pager.js';
import { layoutParagraph } from './paragraph.js';
import { layoutTable } from './table.js';
import type { TocSlot } from './toc.js';
import { fillToc, reserveToc } from './toc.js';
import type { Layout } from './types.js';

export type { LaidPage, Layout, Op, OutlineEntry } from './types.js';

/**
 * Lays the document out on pages (pure: fonts only measure). Headings stay with the lines after
 * them, figures are never split, tables repeat their header on each page, the table of contents
 * gets its page numbers after everything else is placed, and every line obeys the CJK line-break
 * rules (line-break.ts). Each block kind has its file (heading.ts, table.ts, …); they share the
 * cursor in pager.ts.
 * @example
 * const laid = layout(doc, pageStyle('official'), loadFonts());
 */
export function layout(doc: ReportDocument, style: PageStyle, fonts: FontSet): Layout {
  const p = new Pager(style, fonts);
  if (doc.cover) {
    p.newPage(false);
    layoutCover(p, doc.meta);
  }
  p.newPage();
  if (!doc.cover) layoutTitle(p, doc.meta.title);
  const tocs: TocSlot[] = [];
  for (const block of doc.blocks) {
    if (block.type === 'toc') tocs.push(reserveToc(p, block, doc.blocks));
    else layoutBlock(p, block);
  }
  // The table of contents, now that every heading has its page.
  for (const slot of tocs) fillToc(p, slot);
  return { pages: p.pages, outline: p.outline };
}

/** One block at the cursor (a table of contents is reserved by layout, which fills it last). */
function layoutBlock(p: Pager, block: Exclude<Block, Toc>): void {
  switch (block.type) {
    case 'heading':
      return layoutHeading(p, block);
    case 'paragraph':
      return layoutParagraph(p, block);
    case 'bullets':
      return layoutBullets(p, block);
    case 'table':
      return layoutTable(p, block);
    case 'figure':
      return layoutFigure(p, block);
    case 'pagebreak':
      if (!p.atTop()) p.newPage();
      return;
  }
}
