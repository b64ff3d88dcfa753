import type { Figure } from '../model.js';
import { drawCaption } from './caption.js';
import type { Pager } from './pager.js';

/**
 * A chart, centred and never split: shrunk to the text width or to a page less its caption, then
 * moved to the next page when it does not fit under what is already there.
 */
export function layoutFigure(p: Pager, f: Figure): void {
  const { style, width, left } = p;
  const cap = style.caption;
  const maxH = p.bottom - style.margin.top - cap.leading - style.gap * 2;
  const scale = Math.min(1, width / f.width, maxH / f.height);
  const w = f.width * scale;
  const h = f.height * scale;
  p.ensure(h + cap.leading + style.gap * 2);
  p.y += style.gap;
  p.push({ op: 'svg', x: left + (width - w) / 2, y: p.y, w, h, svg: f.svg });
  p.y += h + 2;
  drawCaption(p, `${f.label}  ${f.caption}`);
  p.y += cap.leading + style.gap;
}
