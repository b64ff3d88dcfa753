import type { Pager } from './pager.js';
import { INK } from './pager.js';

/** A figure's or table's caption ("图1  …"), centred on the text block at the cursor (the caller moves on). */
export function drawCaption(p: Pager, caption: string): void {
  const cap = p.style.caption;
  const cw = p.measure(cap.face, cap.size)(caption);
  p.text(caption, p.left + Math.max(0, (p.width - cw) / 2), p.y, cap, INK);
}
