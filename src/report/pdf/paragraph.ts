import type { Paragraph } from '../model.js';
import type { TextStyle } from '../style.js';
import type { Pager } from './pager.js';
import { INK } from './pager.js';

/** A paragraph of body text (or a note in small type), with a little air after it in the plain style. */
export function layoutParagraph(p: Pager, block: Paragraph): void {
  setText(p, block.text, block.small ? p.style.small : p.style.body, block.indent !== false);
  p.y += p.style.name === 'plain' ? 4 : 0;
}

/**
 * Sets text across the text block, line by line, breaking pages by the widow and orphan rules
 * (Pager.linesHere); the first line indented two characters when asked (Chinese body text).
 * Headings and table notes are set the same way.
 */
export function setText(p: Pager, t: string, s: TextStyle, indent: boolean): void {
  const { left: x0, width: w } = p;
  const ind = indent ? s.size * 2 : 0;
  const ls = p.lines(t, s, w, w - ind);
  flowLines(p, ls.length, s.leading, (i) => {
    const x = x0 + (i === 0 ? ind : 0);
    const avail = w - (i === 0 ? ind : 0);
    p.text(ls[i]!, x, p.y, s, INK, justify(p, ls[i]!, s, avail, i === ls.length - 1));
  });
}

/**
 * Places `n` lines of `leading` one under another, page by page as Pager.linesHere allows,
 * drawing line i with `draw(i)` at the cursor.
 */
export function flowLines(p: Pager, n: number, leading: number, draw: (i: number) => void): void {
  let i = 0;
  while (i < n) {
    const here = p.linesHere(n - i, leading);
    if (here === 0) {
      p.newPage();
      continue;
    }
    for (const end = i + here; i < end; i++) {
      draw(i);
      p.y += leading;
    }
    if (i < n) p.newPage();
  }
}

/**
 * The letter spacing that justifies a full line of Chinese text by spreading the remaining space
 * between characters; none for the last line, or when the gap is too wide to spread (a line cut
 * short before a long Latin run).
 */
function justify(p: Pager, line: string, s: TextStyle, avail: number, last: boolean): number | undefined {
  const chars = [...line].length;
  const slack = avail - p.measure(s.face, s.size)(line);
  return !last && chars > 1 && slack > 0 && slack < s.size * 2 ? slack / (chars - 1) : undefined;
}
