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
 * Sets text across the text block, line by line, each line on the page where it fits; the first
 * line indented two characters when asked (Chinese body text). Headings and table notes are set
 * the same way.
 */
export function setText(p: Pager, t: string, s: TextStyle, indent: boolean): void {
  const { left: x0, width: w } = p;
  const ind = indent ? s.size * 2 : 0;
  const ls = p.lines(t, s, w, w - ind);
  ls.forEach((line, i) => {
    p.ensure(s.leading);
    const x = x0 + (i === 0 ? ind : 0);
    const avail = w - (i === 0 ? ind : 0);
    p.text(line, x, p.y, s, INK, justify(p, line, s, avail, i === ls.length - 1));
    p.y += s.leading;
  });
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
