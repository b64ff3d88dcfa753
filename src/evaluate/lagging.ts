import type { EvaluationRow } from './types.js';

/**
 * How far behind the jurisdiction a sub-region must be to be named a problem: 2 percentage points
 * for shares, else 20% of the jurisdiction's value. A judgement, kept here in one place.
 */
export const FAR_BELOW = { points: 2, relative: 0.2 };

/** A sub-region well behind its jurisdiction on one indicator. */
export interface Lagging {
  /** How far behind, in the indicator's unit (points for shares), always positive. */
  shortfall: number;
  /** The same at the baseline, when known (negative when the region was ahead then). */
  baseShortfall: number | null;
  /** Whether the shortfall is larger than at the baseline. */
  widened: boolean;
}

/**
 * Whether a sub-region's level row lies further behind its jurisdiction than FAR_BELOW allows
 * ("behind" follows the indicator's direction), and whether the gap widened since the baseline.
 * Null for rows that are not a sub-region's level, have no gap, or are close enough.
 */
export function lagging(row: EvaluationRow, isShare: boolean): Lagging | null {
  if (row.role !== 'subregion' || row.kind !== 'level' || row.gap_to_parent === null || row.parent_value === null) return null;
  const behind = (gap: number) => (row.direction === 'lower' ? gap : -gap);
  const shortfall = behind(row.gap_to_parent);
  if (shortfall <= (isShare ? FAR_BELOW.points : Math.abs(row.parent_value) * FAR_BELOW.relative)) return null;
  const baseShortfall = row.base_gap_to_parent === null ? null : behind(row.base_gap_to_parent);
  return { shortfall, baseShortfall, widened: baseShortfall !== null && shortfall > baseShortfall };
}
