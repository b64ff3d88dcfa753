import type { Calibration } from '../types.js';

/** Sweeps over the margins for raked designs: R's svyrecvar makes exactly 10 (survey 4.1.1). */
export const RAKING_SWEEPS = 10;

/**
 * Replaces the linearised values z of an estimator (one per respondent, zero outside its domain) by
 * their residuals from the calibration, so that the design variance of the residuals is the variance
 * after calibration (the g-weight or residual method; Deville & Särndal 1992), as R's svyrecvar does
 * for postStratify() and rake() designs:
 * - post-stratification: z_i − w_i · Σ_{c} z / Σ_{c} w, the weighted mean of z/w in the respondent's category c;
 * - raking: 10 sweeps over the margins, each taking away w_i times the plain (unweighted) mean of z/w
 *   in the respondent's category, as R does; the sweeps converge to the residual from all margins at once.
 * w are the calibrated weights. Works in place.
 * @example
 * calibrationResiduals(design.calibration, design.weights, z); // then linearizedVariance over all rows
 */
export function calibrationResiduals(calibration: Calibration, weights: Float64Array, z: Float64Array): void {
  const { categoryOf, targets } = calibration;
  const n = z.length;
  if (calibration.method === 'poststratify') {
    const of = categoryOf[0]!;
    const sz = new Float64Array(targets[0]!.length);
    const sw = new Float64Array(targets[0]!.length);
    for (let r = 0; r < n; r++) {
      sz[of[r]!]! += z[r]!;
      sw[of[r]!]! += weights[r]!;
    }
    for (let r = 0; r < n; r++) z[r]! -= (weights[r]! * sz[of[r]!]!) / sw[of[r]!]!;
    return;
  }
  // With u = z/w, each step subtracts a constant per category, so after all sweeps a respondent's u has
  // moved by an amount that depends only on its cell: the sweeps run on cell sums, in time independent of n.
  const { cellOf, cellCategory } = calibration;
  const cells = cellCategory[0]!.length;
  const count = new Float64Array(cells);
  const sum = new Float64Array(cells);
  for (let r = 0; r < n; r++) {
    count[cellOf[r]!]!++;
    sum[cellOf[r]!]! += z[r]! / weights[r]!;
  }
  const shift = new Float64Array(cells);
  for (let sweep = 0; sweep < RAKING_SWEEPS; sweep++) {
    cellCategory.forEach((category, m) => {
      const mean = new Float64Array(targets[m]!.length);
      const size = new Float64Array(targets[m]!.length);
      for (let c = 0; c < cells; c++) {
        mean[category[c]!]! += sum[c]! - count[c]! * shift[c]!;
        size[category[c]!]! += count[c]!;
      }
      for (let c = 0; c < cells; c++) shift[c]! += mean[category[c]!]! / size[category[c]!]!;
    });
  }
  for (let r = 0; r < n; r++) z[r]! -= weights[r]! * shift[cellOf[r]!]!;
}
