import type { FontSet } from '../../fonts/index.js';
import type { FaceName, PageStyle, TextStyle } from '../style.js';
import { textWidth } from '../style.js';
import { breakLines } from './line-break.js';
import type { LaidPage, Op, OutlineEntry } from './types.js';

/** Body text. */
export const INK = '#1a1a1a';
/** Bullets and the cover's notice. */
export const MUTED = '#555555';
/** The heavy and header rules of three-line tables. */
export const RULE = '#333333';

/**
 * The pages being filled and the cursor on the current one. Each block kind's layout function
 * (heading.ts, table.ts, …) moves the cursor down and adds drawing instructions; a block that does
 * not fit asks for a new page. Mutable on purpose: pages are filled in one pass, top to bottom,
 * and fonts only measure.
 */
export class Pager {
  readonly pages: LaidPage[] = [];
  /** Every heading with the index of its page, for the PDF's bookmarks and the contents. */
  readonly outline: OutlineEntry[] = [];
  /** The page being filled; set by the first newPage(). */
  page!: LaidPage;
  /** Top of the next line on the current page. */
  y = 0;
  /** Width of the text block. */
  readonly width: number;
  /** Left edge of the text block. */
  readonly left: number;
  /** Bottom edge of the text block. */
  readonly foot: number;

  /**
   * `shorten` ends the text block of one page (by index) higher, so that more of what is on it
   * goes to the next: layout.ts uses it to give a last page that would hold a line or two more.
   */
  constructor(readonly style: PageStyle, readonly fonts: FontSet, readonly shorten?: { page: number; by: number }) {
    this.width = textWidth(style);
    this.left = style.margin.left;
    this.foot = style.pageHeight - style.margin.bottom;
  }

  /** Where text may end on the current page: the foot of the text block, unless that page is shortened. */
  get bottom(): number {
    return this.shorten && this.pages.length - 1 === this.shorten.page ? this.foot - this.shorten.by : this.foot;
  }

  /** The width of a string in a face and size. */
  measure(face: FaceName, size: number): (s: string) => number {
    return (s) => this.fonts[face].measure(s, size);
  }

  /** Starts a page; numbered pages count on from the last numbered one (the cover has none). */
  newPage(numbered = true): void {
    this.page = { ops: [], number: numbered ? this.pages.filter((p) => p.number !== null).length + 1 : null };
    this.pages.push(this.page);
    this.y = this.style.margin.top;
  }

  /** Whether nothing has been set on the page yet (half a point of rounding allowed). */
  atTop(): boolean {
    return this.y <= this.style.margin.top + 0.5;
  }

  /** Moves to a new page unless `h` points fit above the bottom, or the page is still empty (a block taller than a page starts it). */
  ensure(h: number): void {
    if (this.y + h > this.bottom + 0.5 && !this.atTop()) this.newPage();
  }

  /**
   * How many of `n` lines of one paragraph (or list item) of `leading` go on the current page:
   * all that fit, except that no line is left alone at the foot of a page (an orphan) or carried
   * alone to the head of the next (a widow); 0 when the paragraph starts on the next page. A page
   * still empty always takes what fits, at least one line.
   */
  linesHere(n: number, leading: number): number {
    const fit = Math.floor((this.bottom + 0.5 - this.y) / leading);
    if (fit >= n) return n;
    const take = n - fit < 2 ? n - 2 : fit;
    if (take >= 2) return take;
    return this.atTop() ? Math.max(1, fit) : 0;
  }

  push(op: Op): void {
    this.page.ops.push(op);
  }

  /** One line of text whose line box has its top at `top`. */
  text(t: string, x: number, top: number, s: TextStyle, color = INK, spacing?: number): void {
    // Centre the glyphs on the line box: pdfkit places text by its top.
    this.push({ op: 'text', x, y: top + (s.leading - s.size * 1.15) / 2, text: t, face: s.face, size: s.size, color, ...(spacing ? { spacing } : {}) });
  }

  /** Text broken into lines of width `w` (the first `first`, for an indent) by the CJK rules of line-break.ts. */
  lines(t: string, s: TextStyle, w: number, first = w): string[] {
    return breakLines(t, this.measure(s.face, s.size), w, first);
  }

  /** A horizontal rule across the text block at the cursor. */
  rule(width: number, color: string): void {
    this.push({ op: 'line', x1: this.left, y1: this.y, x2: this.left + this.width, y2: this.y, width, color });
  }
}
