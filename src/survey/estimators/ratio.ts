import { designEffect, srsMeanVariance, weightedVariance } from '../variance/deff.js';
import { designVariance } from '../variance/design-variance.js';
import type { LinearEstimate } from './linear-estimate.js';
import { gather } from './linear-estimate.js';
import { linearizedRatio, plainLinearization } from './in-place.js';
import type { SurveyDesign } from '../types.js';

/**
 * Ratio of weighted totals R̂ = Σ w y / Σ w x over a domain's respondents, linearised as
 * z = w (y − R̂ x) / X̂ (R's svyratio). Its deff is that of the total of (y − R̂ x) / X̂, as R computes it.
 * Variance by the design's method (plain linearisation in place: in-place.ts; else design-variance.ts).
 * NaN when X̂ = 0.
 * @example
 * const { estimate } = surveyRatio(design, knowledgeScore, totalScore, rows);
 */
export function surveyRatio(design: SurveyDesign, numerator: ArrayLike<number>, denominator: ArrayLike<number>, rows: ArrayLike<number>): LinearEstimate {
  return plainLinearization(design) ? linearizedRatio(design, numerator, denominator, rows) : gatheredRatio(design, numerator, denominator, rows);
}

/**
 * surveyRatio with the domain's weights, values and linearised values gathered into arrays: what
 * replicate weights and calibration need, and on any design the same numbers as linearizedRatio.
 */
export function gatheredRatio(design: SurveyDesign, numerator: ArrayLike<number>, denominator: ArrayLike<number>, rows: ArrayLike<number>): LinearEstimate {
  const { w, y, sum } = gather(design.weights, numerator, rows);
  const x = gather(design.weights, denominator, rows).y;
  let ty = 0;
  let tx = 0;
  for (let k = 0; k < y.length; k++) {
    ty += w[k]! * y[k]!;
    tx += w[k]! * x[k]!;
  }
  const ratio = ty / tx;
  const residual = new Float64Array(y.length);
  const z = new Float64Array(y.length);
  for (let k = 0; k < y.length; k++) {
    residual[k] = (y[k]! - ratio * x[k]!) / tx;
    z[k] = w[k]! * residual[k]!;
  }
  const variance = designVariance(design, rows, z, { columns: [y, x], statistic: (t) => t[0]! / t[1]! });
  const srs = sum * sum * srsMeanVariance(weightedVariance(w, residual), y.length, sum);
  return { estimate: ratio, variance, deff: designEffect(variance, srs), n: y.length, weightedN: sum };
}
