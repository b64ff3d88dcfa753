import type { FaceName } from '../style.js';

/**
 * What layout hands the PDF renderer: pages of drawing instructions, already placed, and the
 * outline of the sections. The renderer only draws them.
 */

/** A drawing instruction in page coordinates (points, origin top-left). */
export type Op =
  | { op: 'text'; x: number; y: number; text: string; face: FaceName; size: number; color?: string; spacing?: number }
  | { op: 'line'; x1: number; y1: number; x2: number; y2: number; width: number; color: string }
  | { op: 'rect'; x: number; y: number; w: number; h: number; fill: string }
  | { op: 'svg'; x: number; y: number; w: number; h: number; svg: string };

export interface LaidPage {
  ops: Op[];
  /** Printed page number; null for the cover. */
  number: number | null;
}

export interface OutlineEntry {
  title: string;
  level: number;
  /** Index into pages. */
  page: number;
}

export interface Layout {
  pages: LaidPage[];
  outline: OutlineEntry[];
}
