import { allRows } from '../all-rows.js';
import { calibrationResiduals } from '../calibration/calibration-residuals.js';
import type { ReplicateStatistic } from './replicate-variance.js';
import { replicateVariance } from './replicate-variance.js';
import type { SurveyDesign } from '../types.js';
import { linearizedVariance } from './linearized-variance.js';

/**
 * The variance of an estimator on the design, by the design's method:
 * - replicate weights: the spread of the replicate estimates (replicate-variance.ts);
 * - calibrated weights: Taylor linearisation of the calibration residuals of z over the whole sample
 *   (calibration-residuals.ts; outside the domain z is 0 but its residual is not, as in R);
 * - otherwise Taylor linearisation of z over the domain (linearized-variance.ts).
 * `z[k]` is the linearised value of respondent rows[k]; `replicate` says how to recompute the estimate.
 * @example
 * designVariance(design, rows, z, { columns: [y, ones], statistic: (t) => t[0]! / t[1]! });
 */
export function designVariance(design: SurveyDesign, rows: ArrayLike<number>, z: ArrayLike<number>, replicate: ReplicateStatistic): number {
  if (design.replicates) return replicateVariance(design, rows, replicate);
  if (!design.calibration) return linearizedVariance(design, rows, z);
  const full = new Float64Array(design.n);
  for (let k = 0; k < rows.length; k++) full[rows[k]!] = z[k]!;
  calibrationResiduals(design.calibration, design.weights, full);
  return linearizedVariance(design, allRows(design.n), full);
}
