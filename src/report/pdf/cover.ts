import type { ReportMeta } from '../model.js';
import type { TextStyle } from '../style.js';
import { breakLines } from './line-break.js';
import type { Pager } from './pager.js';
import { INK, MUTED } from './pager.js';

/**
 * The cover, on the page the pager is on: the title in the upper third (the kind of report on a
 * line of its own, larger), and the office, date and notice near the foot. It keeps its own
 * vertical positions: nothing else goes on the cover.
 */
export function layoutCover(p: Pager, meta: ReportMeta): void {
  const { style } = p;
  const [main, kind] = meta.coverTitle;
  const y = style.pageHeight * 0.26;
  const height = centre(p, main, y, style.title);
  if (kind) centre(p, kind, y + height + style.title.leading * 0.6, { ...style.title, size: style.title.size * 1.15, leading: style.title.leading * 1.15 });
  const foot = style.pageHeight - style.margin.bottom - 60;
  centre(p, meta.office, foot, style.headings[1]);
  centre(p, meta.dateText, foot + style.headings[1].leading, style.headings[1]);
  if (meta.notice) centre(p, meta.notice, foot + 70, style.small, MUTED);
}

/** Without a cover (briefings), the title heads the first page, centred, with a gap under it. */
export function layoutTitle(p: Pager, title: string): void {
  const s = p.style.title;
  for (const line of p.lines(title, s, p.width)) {
    const w = p.measure(s.face, s.size)(line);
    p.text(line, p.left + (p.width - w) / 2, p.y, s);
    p.y += s.leading;
  }
  p.y += p.style.gap;
}

/** Centred lines of text from `y` down, at the cover's own positions; returns their height. */
function centre(p: Pager, t: string, y: number, s: TextStyle, color = INK): number {
  const lines = breakLines(t, (x) => p.fonts[s.face].measure(x, s.size), p.width);
  for (const [i, line] of lines.entries()) {
    const w = p.fonts[s.face].measure(line, s.size);
    p.push({ op: 'text', x: p.left + (p.width - w) / 2, y: y + i * s.leading, text: line, face: s.face, size: s.size, color });
  }
  return lines.length * s.leading;
}
