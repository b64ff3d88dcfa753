import type { Bullets } from '../model.js';
import type { Pager } from './pager.js';
import { MUTED } from './pager.js';
import { flowLines } from './paragraph.js';

/** A bulleted list: each item's lines hang after its bullet, and break pages as a paragraph's do. */
export function layoutBullets(p: Pager, b: Bullets): void {
  for (const item of b.items) bullet(p, item);
  p.y += p.style.gap / 2;
}

function bullet(p: Pager, item: string): void {
  const s = p.style.body;
  const hang = s.size * 1.2;
  const ls = p.lines(item, s, p.width - hang);
  flowLines(p, ls.length, s.leading, (i) => {
    if (i === 0) p.text('•', p.left + s.size * 0.2, p.y, s, MUTED);
    p.text(ls[i]!, p.left + hang, p.y, s);
  });
}
