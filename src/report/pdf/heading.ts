import type { Block, Heading } from '../model.js';
import { figureMinHeight } from './figure.js';
import type { Pager } from './pager.js';
import { setText } from './paragraph.js';

/**
 * A heading with its number, entered in the outline. It moves to the next page unless three
 * lines of what follows fit under it, or the figure that follows it (at the smallest it may be
 * shrunk to), so that no page ends with a heading.
 */
export function layoutHeading(p: Pager, h: Heading, next?: Block): void {
  const { style, width } = p;
  const s = style.headings[(h.level - 1) as 0 | 1 | 2];
  const full = `${h.number ?? ''}${h.text}`;
  // The official style indents headings two characters, as its body text.
  const ls = p.lines(full, s, width, width - (style.name === 'official' ? s.size * 2 : 0));
  const keep = next?.type === 'figure' ? figureMinHeight(p, next) : style.body.leading * 3;
  p.ensure(ls.length * s.leading + style.gap + keep);
  if (!p.atTop()) p.y += style.gap;
  p.outline.push({ title: full, level: h.level, page: p.pages.indexOf(p.page) });
  setText(p, full, s, style.name === 'official');
}
