import { designEffect, srsMeanVariance, weightedVariance } from '../variance/deff.js';
import { designVariance } from '../variance/design-variance.js';
import type { LinearEstimate } from './linear-estimate.js';
import { gather } from './linear-estimate.js';
import { linearizedTotal, plainLinearization } from './in-place.js';
import type { SurveyDesign } from '../types.js';

/**
 * Weighted total Ŷ = Σ w y over a domain's respondents, linearised as z = w y (R's svytotal);
 * variance by the design's method (plain linearisation in place: in-place.ts; else design-variance.ts).
 * @example
 * const { estimate } = surveyTotal(design, literate, rows); // literate adults in the population
 */
export function surveyTotal(design: SurveyDesign, values: ArrayLike<number>, rows: ArrayLike<number>): LinearEstimate {
  return plainLinearization(design) ? linearizedTotal(design, values, rows) : gatheredTotal(design, values, rows);
}

/**
 * surveyTotal with the domain's weights, values and linearised values gathered into arrays: what
 * replicate weights and calibration need, and on any design the same numbers as linearizedTotal.
 */
export function gatheredTotal(design: SurveyDesign, values: ArrayLike<number>, rows: ArrayLike<number>): LinearEstimate {
  const { w, y, sum } = gather(design.weights, values, rows);
  const z = new Float64Array(y.length);
  let total = 0;
  for (let k = 0; k < y.length; k++) total += z[k] = w[k]! * y[k]!;
  const variance = designVariance(design, rows, z, { columns: [y], statistic: (t) => t[0]! });
  const srs = sum * sum * srsMeanVariance(weightedVariance(w, y), y.length, sum);
  return { estimate: total, variance, deff: designEffect(variance, srs), n: y.length, weightedN: sum };
}
