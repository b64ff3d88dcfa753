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
  const first = place(doc, new Pager(style, fonts));
  if (!stub(first)) return first.layout;
  // A last page holding a line or two: end the page before it two lines higher, so that what
  // is carried over keeps those lines company. Kept only if that costs no page.
  const n = first.layout.pages.length;
  const second = place(doc, new Pager(style, fonts, { page: n - 2, by: style.body.leading * 2 }));
  return second.layout.pages.length === n ? second.layout : first.layout;
}

/** Whether the last page is a stub: it holds no more than two body lines, and a page of the body precedes it. */
function stub({ layout: { pages }, end, style }: Placed): boolean {
  const n = pages.length;
  return n >= 3 && pages[n - 2]!.number !== null && end - style.margin.top < style.body.leading * 3;
}

interface Placed {
  layout: Layout;
  /** The cursor after the last block, on the last page. */
  end: number;
  style: PageStyle;
}

/** One pass of the layout on a fresh pager. */
function place(doc: ReportDocument, p: Pager): Placed {
  if (doc.cover) {
    p.newPage(false);
    layoutCover(p, doc.meta);
  }
  p.newPage();
  if (!doc.cover) layoutTitle(p, doc.meta.title);
  const tocs: TocSlot[] = [];
  doc.blocks.forEach((block, i) => {
    if (block.type === 'toc') tocs.push(reserveToc(p, block, doc.blocks));
    else layoutBlock(p, block, doc.blocks[i + 1]);
  });
  // The table of contents, now that every heading has its page.
  for (const slot of tocs) fillToc(p, slot);
  return { layout: { pages: p.pages, outline: p.outline }, end: p.y, style: p.style };
}

/**
 * One block at the cursor (a table of contents is reserved by layout, which fills it last); a
 * heading looks at the block after it, which it keeps on its page.
 */
function layoutBlock(p: Pager, block: Exclude<Block, Toc>, next: Block | undefined): void {
  switch (block.type) {
    case 'heading':
      return layoutHeading(p, block, next);
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
