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
  /** Distance between entries: the body's, or less so that a few lines do not take a page of their own. */
  leading: number;
}

/**
 * The least share of the body's leading the contents may be set on to keep to one page fewer:
 * 0.8 of the official style's 28.9 pt is still 1.6 times its 14.4 pt type.
 */
export const TOC_MIN_LEADING = 0.8;

/**
 * Starts the contents on a page of its own and reserves as many pages as its entries need, so
 * the pages after it keep their numbers when it is filled. When the entries overflow a page by
 * only a few lines, the leading is tightened (down to TOC_MIN_LEADING) instead of giving those
 * lines a page of their own.
 */
export function reserveToc(p: Pager, toc: Toc, blocks: readonly Block[]): TocSlot {
  if (!p.atTop()) p.newPage();
  const entries = blocks.filter((b) => b.type === 'heading' && b.level <= toc.levels).length;
  const normal = p.style.body.leading;
  let count = 1;
  while (capacity(p, normal, count) < entries) count++;
  const tight = count > 1 ? tightLeading(p, entries, count - 1) : undefined;
  if (tight !== undefined) count--;
  const slot = { pages: [p.pages.indexOf(p.page)], title: toc.title, levels: toc.levels, leading: tight ?? normal };
  for (let i = 1; i < count; i++) {
    p.newPage();
    slot.pages.push(p.pages.indexOf(p.page));
  }
  p.newPage();
  return slot;
}

/** How many entries `pages` pages hold at `leading`: the first loses a line and a half to the title. */
function capacity(p: Pager, leading: number, pages: number): number {
  const h = p.foot - p.style.margin.top;
  return Math.floor((h - p.style.body.leading * 1.5) / leading) + (pages - 1) * Math.floor(h / leading);
}

/** The loosest leading, not under TOC_MIN_LEADING of the body's, at which `entries` fit on `pages` pages; undefined if none. */
function tightLeading(p: Pager, entries: number, pages: number): number | undefined {
  const normal = p.style.body.leading;
  // Capacity grows as the leading shrinks: step down a tenth of a point at a time.
  for (let l = normal; l >= normal * TOC_MIN_LEADING; l -= 0.1) if (capacity(p, l, pages) >= entries) return l;
  return undefined;
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
    if (top + slot.leading > p.foot + 0.01 && index < slot.pages.length - 1) {
      index++;
      page = p.pages[slot.pages[index]!]!;
      top = style.margin.top;
    }
    page.ops.push(...tocLine(p, e, top));
    top += slot.leading;
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
