import type { Heading } from '../model.js';

/** What the block functions of the HTML page share: heading anchors, the chart font, and the figures so far. */
export interface HtmlContext {
  /** Every heading of the document, in order (their anchors are s1, s2, …). */
  headings: Heading[];
  /** The font-family list of chart text (style.ts chartFont). */
  font: string;
  /** Interactive charts: each figure carries its Vega spec. */
  interactive: boolean;
  /** Figures written so far; each figure's SVG ids are scoped by its number. */
  figures: number;
}

/** A heading's anchor, the target of its contents link. */
export function anchor(ctx: HtmlContext, h: Heading): string {
  return `s${ctx.headings.indexOf(h) + 1}`;
}
