import { breakLines } from './line-break.js';
import type { Pager } from './pager.js';
import { INK } from './pager.js';

/** A caption's lines: one when it fits the text width, else broken as paragraphs are (never past the margin). */
export function captionLines(p: Pager, caption: string): string[] {
  const cap = p.style.caption;
  return breakLines(caption, p.measure(cap.face, cap.size), p.width);
}

/** The height a caption takes: its lines at the caption's leading. */
export function captionHeight(p: Pager, caption: string): number {
  return captionLines(p, caption).length * p.style.caption.leading;
}

/**
 * A figure's or table's caption ("图1  …"), each line centred on the text block, from the cursor;
 * returns the height drawn below the first line's top (the caller moves on by it).
 */
export function drawCaption(p: Pager, caption: string): number {
  const cap = p.style.caption;
  const measure = p.measure(cap.face, cap.size);
  const lines = captionLines(p, caption);
  lines.forEach((line, i) => p.text(line, p.left + Math.max(0, (p.width - measure(line)) / 2), p.y + i * cap.leading, cap, INK));
  return lines.length * cap.leading;
}
