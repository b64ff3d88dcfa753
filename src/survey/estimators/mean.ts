import { designEffect, srsMeanVariance, weightedVariance } from '../variance/deff.js';
import { designVariance } from '../variance/design-variance.js';
import type { LinearEstimate } from './linear-estimate.js';
import { gather } from './linear-estimate.js';
import { linearizedMean, plainLinearization } from './in-place.js';
import type { SurveyDesign } from '../types.js';

/**
 * Weighted mean ȳ = Σ w y / Σ w over a domain's respondents, linearised as z = w (y − ȳ) / Σ w
 * (R's svymean). A proportion is the mean of a 0/1 variable. The variance follows the design's
 * method: plain linearisation in place (in-place.ts); calibration residuals or replicate weights
 * on the gathered values (design-variance.ts).
 * @example
 * const { estimate, variance } = surveyMean(design, literate, rows);
 */
export function surveyMean(design: SurveyDesign, values: ArrayLike<number>, rows: ArrayLike<number>): LinearEstimate {
  return plainLinearization(design) ? linearizedMean(design, values, rows) : gatheredMean(design, values, rows);
}

/**
 * surveyMean with the domain's weights, values and linearised values gathered into arrays: what
 * replicate weights and calibration need, and on any design the same numbers as linearizedMean.
 */
export function gatheredMean(design: SurveyDesign, values: ArrayLike<number>, rows: ArrayLike<number>): LinearEstimate {
  const { w, y, sum } = gather(design.weights, values, rows);
  let swy = 0;
  for (let k = 0; k < y.length; k++) swy += w[k]! * y[k]!;
  const mean = swy / sum;
  const z = new Float64Array(y.length);
  for (let k = 0; k < y.length; k++) z[k] = (w[k]! * (y[k]! - mean)) / sum;
  const ones = new Float64Array(y.length).fill(1);
  const variance = designVariance(design, rows, z, { columns: [y, ones], statistic: (t) => t[0]! / t[1]! });
  const srs = srsMeanVariance(weightedVariance(w, y), y.length, sum);
  return { estimate: mean, variance, deff: designEffect(variance, srs), n: y.length, weightedN: sum };
}
