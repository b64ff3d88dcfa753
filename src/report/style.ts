import { KepuError } from '../errors/index.js';
import type { FontSet } from '../fonts/index.js';

/** 1 mm in points. */
export const MM = 72 / 25.4;

export type FaceName = keyof FontSet;

export interface TextStyle {
  face: FaceName;
  size: number;
  /** Baseline-to-baseline distance. */
  leading: number;
}

/** Page geometry and type sizes of a report style. */
export interface PageStyle {
  name: 'official' | 'plain';
  pageWidth: number;
  pageHeight: number;
  margin: { top: number; right: number; bottom: number; left: number };
  body: TextStyle;
  small: TextStyle;
  title: TextStyle;
  headings: [TextStyle, TextStyle, TextStyle];
  table: TextStyle;
  caption: TextStyle;
  /** Page numbers: `pattern` with `#` for the number ("— # —"), on the outside edge or centred. */
  pageNumber: TextStyle & { pattern: string; outside: boolean };
  header: TextStyle;
  /** Space before a heading, after a paragraph, around figures. */
  gap: number;
}

/**
 * GB/T 9704-2012 (党政机关公文格式, REFERENCE.md §4): A4; top margin 37 mm, left 28 mm, text block
 * 156 × 225 mm; body 3号 (16 pt) 仿宋, 22 lines to the block (pitch 225 mm ÷ 22 ≈ 28.9 pt); title
 * 2号 (22 pt) 小标宋; headings 一、黑体 （一）楷体 1. 仿宋 bold; page numbers 4号 (14 pt) "— 3 —",
 * 7 mm below the block, odd pages right and even pages left. Free stand-ins: 仿宋 and 楷体 →
 * Noto Serif SC, 黑体 → Noto Sans SC Bold, 小标宋 → Noto Serif SC Bold (users may give their own).
 */
const official: PageStyle = {
  name: 'official',
  pageWidth: 210 * MM,
  pageHeight: 297 * MM,
  margin: { top: 37 * MM, left: 28 * MM, right: 26 * MM, bottom: 35 * MM },
  body: { face: 'serif', size: 16, leading: (225 * MM) / 22 },
  small: { face: 'serif', size: 12, leading: 19 },
  title: { face: 'title', size: 22, leading: 34 },
  headings: [
    { face: 'sansBold', size: 16, leading: (225 * MM) / 22 },
    { face: 'serif', size: 16, leading: (225 * MM) / 22 },
    { face: 'serif', size: 16, leading: (225 * MM) / 22 },
  ],
  table: { face: 'sans', size: 10.5, leading: 15 },
  caption: { face: 'sansBold', size: 12, leading: 18 },
  pageNumber: { face: 'serif', size: 14, leading: 14, pattern: '— # —', outside: true },
  header: { face: 'sans', size: 9, leading: 12 },
  gap: 8,
};

/** A plainer style for working papers: 25 mm margins, 11 pt body, centred page numbers. */
const plain: PageStyle = {
  name: 'plain',
  pageWidth: 210 * MM,
  pageHeight: 297 * MM,
  margin: { top: 25 * MM, left: 25 * MM, right: 25 * MM, bottom: 25 * MM },
  body: { face: 'serif', size: 11, leading: 19 },
  small: { face: 'serif', size: 9, leading: 14 },
  title: { face: 'title', size: 20, leading: 30 },
  headings: [
    { face: 'sansBold', size: 14, leading: 22 },
    { face: 'sansBold', size: 12, leading: 20 },
    { face: 'sansBold', size: 11, leading: 19 },
  ],
  table: { face: 'sans', size: 9, leading: 13 },
  caption: { face: 'sansBold', size: 10, leading: 15 },
  pageNumber: { face: 'sans', size: 9, leading: 9, pattern: '#', outside: false },
  header: { face: 'sans', size: 8, leading: 10 },
  gap: 6,
};

export const styles = { official, plain };

export function pageStyle(name: string): PageStyle {
  if (name !== 'official' && name !== 'plain') throw new KepuError('SCHEMA_INVALID_VALUE', { allowed: ['official', 'plain'], got: name });
  return styles[name];
}

/** Width of the text block. */
export function textWidth(style: PageStyle): number {
  return style.pageWidth - style.margin.left - style.margin.right;
}

/** A page number as the style prints it: "— 3 —". */
export function pageLabel(style: PageStyle, n: number): string {
  return style.pageNumber.pattern.replace('#', String(n));
}
