import { estimateTextWidth } from './text-width.js';

/** A bar's value and the label drawn past its end. */
export interface LabelledBar {
  value: number | null;
  label: string;
}

export interface LabelRoomOptions {
  /** Length of the value axis in points (the plot's width for horizontal bars, its height for vertical). */
  length: number;
  /** Bars lie along the axis ('horizontal': labels run on past the end) or stand on it ('vertical': labels sit on top). */
  orient: 'horizontal' | 'vertical';
  /** Label font size. Default: 7.5. */
  size?: number;
  /** Gap between bar end and label. Default: 3. */
  gap?: number;
}

/**
 * The least top of a zero-based value scale at which every bar's label, set past the end of its
 * bar, stays inside the plot: labels of the longest bars otherwise run over the plot's edge onto
 * the reference-line labels or the title. A bar of value v ends at v / max × length, so its label
 * fits while v / max × length + gap + extent ≤ length. Undefined when no bar is positive.
 * @example
 * labelRoom([{ value: 100, label: '100人' }], { length: 200, orient: 'vertical' }) // 100 × 200 / (200 − 3 − 7.5 − 2)
 */
export function labelRoom(bars: readonly LabelledBar[], options: LabelRoomOptions): number | undefined {
  const { length, orient, size = 7.5, gap = 3 } = options;
  const tops = bars
    .filter((b): b is LabelledBar & { value: number } => b.value !== null && b.value > 0)
    .map((b) => {
      // Vertical bars: the label's height (its size plus a little for the descent); horizontal: its width.
      const extent = orient === 'vertical' ? size + 2 : estimateTextWidth(b.label, size);
      return (b.value * length) / Math.max(length / 2, length - gap - extent);
    });
  return tops.length ? Math.max(...tops) : undefined;
}
