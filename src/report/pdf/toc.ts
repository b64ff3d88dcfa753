import type { Block, Toc } from '../model.js';
import type { Pager } from './pager.js';
import { INK } from './pager.js';
import type { Op, OutlineEntry } from './types.js';

/** Pages set aside for a table of contents, filled once every heading has its page. */
export interface TocSlot {
  /** Indices of the reserved pages. */
  pages: number[];
  title: string;
  levels: number;
}

/**
 * Starts the contents on a page of its own and reserves as many pages as its entries need (two
 * lines of each page go to the title), so the pages after it keep their numbers when it is filled.
 */
export function reserveToc(p: Pager, toc: Toc, blocks: readonly Block[]): TocSlot {
  if (!p.atTop()) p.newPage();
  const entries = blocks.filter((b) => b.type === 'heading' && b.level <= toc.levels).length;
  const perPage = Math.floor((p.bottom - p.style.margin.top) / p.style.body.leading) - 2;
  const count = Math.max(1, Math.ceil(entries / perPage));
  const slot = { pages: [p.pages.indexOf(p.page)], title: toc.title, levels: toc.levels };
  for (let i = 1; i < count; i++) {
    p.newPage();
    slot.pages.push(p.pages.indexOf(p.page));
  }
  p.newPage();
  return slot;
}

/** Writes the contents into its reserved pages: the title centred, then one line per heading. */
export function fillToc(p: Pager, slot: TocSlot): void {
  const { style, fonts, left, width } = p;
  const s = style.body;
  let index = 0;
  let page = p.pages[slot.pages[0]!]!;
  let top = style.margin.top;
  const tw = fonts[style.title.face].measure(slot.title, style.headings[0].size);
  page.ops.push({ op: 'text', x: left + (width - tw) / 2, y: top, text: slot.title, face: style.title.face, size: style.headings[0].size, color: INK });
  top += s.leading * 1.5;
  for (const e of p.outline.filter((o) => o.level <= slot.levels)) {
    if (top + s.leading > p.bottom && index < slot.pages.length - 1) {
      index++;
      page = p.pages[slot.pages[index]!]!;
      top = style.margin.top;
    }
    page.ops.push(...tocLine(p, e, top));
    top += s.leading;
  }
}

/**
 * One entry: its title indented by level (shortened with … when too long), a dotted leader, and
 * the page number flush right. Level-1 entries are bold.
 */
function tocLine(p: Pager, e: OutlineEntry, top: number): Op[] {
  const { style, fonts, left, width } = p;
  const s = style.body;
  const indent = (e.level - 1) * s.size * 2;
  const number = String(p.pages[e.page]!.number ?? '');
  const size = s.size * (style.name === 'official' ? 0.9 : 1);
  const mm = (t: string) => fonts[s.face].measure(t, size);
  const avail = width - indent - mm(number) - size * 2;
  let label = e.title;
  while (mm(label) > avail && label.length > 2) label = `${[...label].slice(0, -2).join('')}…`;
  const dots = '·'.repeat(Math.max(0, Math.floor((width - indent - mm(label) - mm(number) - size) / mm('·'))));
  return [
    { op: 'text', x: left + indent, y: top, text: label, face: e.level === 1 ? 'sansBold' : s.face, size, color: INK },
    { op: 'text', x: left + indent + mm(label) + size * 0.3, y: top, text: dots, face: s.face, size, color: '#999999' },
    { op: 'text', x: left + width - mm(number), y: top, text: number, face: s.face, size, color: INK },
  ];
}
