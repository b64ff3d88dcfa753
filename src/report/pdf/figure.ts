import type { Figure } from '../model.js';
import { captionHeight, drawCaption } from './caption.js';
import type { Pager } from './pager.js';
import { setText } from './paragraph.js';

/**
 * The smallest share of its natural size (the text width, or a page less its caption) a figure
 * is shrunk to so that it fits under what is already on the page. Chart text is 7.5–8 pt, most
 * charts are shrunk to about 0.9 to fit the text width; 0.8 of that still leaves 5.4 pt, about
 * 7号 (5.25 pt), the smallest size print keeps legible. Below it the figure moves to the next page.
 */
export const MIN_SHRINK = 0.8;

/**
 * A chart, centred and never split: shrunk to the text width or to a page less its caption. When
 * it does not fit under what is already on the page it is shrunk further, down to MIN_SHRINK of
 * that size, rather than leaving the rest of the page empty; only a figure that would need more
 * moves to the next page.
 */
export function layoutFigure(p: Pager, f: Figure): void {
  const { style, width, left } = p;
  const scale = fitScale(p, f);
  const w = f.width * scale;
  const h = f.height * scale;
  p.y += style.gap;
  p.push({ op: 'svg', x: left + (width - w) / 2, y: p.y, w, h, svg: f.svg });
  p.y += h + 2;
  p.y += drawCaption(p, figureCaption(f));
  if (f.note) setText(p, f.note, style.small, false);
  p.y += style.gap;
}

/**
 * The height a figure takes at the least: shrunk to MIN_SHRINK, with the gap above it and its
 * caption (what a heading before it must keep on its page).
 */
export function figureMinHeight(p: Pager, f: Figure): number {
  return f.height * naturalScale(p, f) * MIN_SHRINK + frame(p, f);
}

/** The scale to draw at, having moved to a new page when even the smallest allowed does not fit. */
function fitScale(p: Pager, f: Figure): number {
  const full = naturalScale(p, f);
  // The room under the cursor: the gap after the caption may fall below the text block.
  const room = p.bottom + 0.5 - p.y - frame(p, f);
  if (p.atTop() || f.height * full <= room) return full;
  if (f.height * full * MIN_SHRINK <= room) return room / f.height;
  p.newPage();
  return full;
}

/** Its size on an empty page: the text width, or a page less its caption and the gaps around it. */
function naturalScale(p: Pager, f: Figure): number {
  const { style } = p;
  const maxH = p.foot - style.margin.top - (frame(p, f) - style.gap - 2) - style.gap * 2;
  return Math.min(1, p.width / f.width, maxH / f.height);
}

/** What a figure takes besides itself: the gap above, 2 pt, the caption's lines and its note's. */
function frame(p: Pager, f: Figure): number {
  const note = f.note ? p.lines(f.note, p.style.small, p.width, p.width).length * p.style.small.leading : 0;
  return p.style.gap + 2 + captionHeight(p, figureCaption(f)) + note;
}

function figureCaption(f: Figure): string {
  return `${f.label}  ${f.caption}`;
}
