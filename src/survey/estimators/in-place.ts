import { designEffect, srsMeanVariance } from '../variance/deff.js';
import type { LinearEstimate } from './linear-estimate.js';
import type { SurveyDesign } from '../types.js';
import { linearizedVariance } from '../variance/linearized-variance.js';

/**
 * Mean, total and ratio over a domain's respondents with Taylor-linearisation variance, reading the
 * weights and values in place and writing the linearised values z into one buffer reused from call
 * to call: no per-respondent arrays, which at a million respondents and twenty domains were most of
 * estimate()'s time (in allocation and garbage collection). For designs without replicate weights or
 * calibration (those need the values per respondent: mean.ts, total.ts, ratio.ts). The arithmetic,
 * down to the order of every sum, is that of the general path, so the numbers are the same to the
 * last bit (tests/survey/estimators/in-place.test.ts).
 */

/** True when the variance is plain Taylor linearisation: no replicate weights, no calibration. */
export function plainLinearization(design: SurveyDesign): boolean {
  return !design.replicates && !design.calibration;
}

/** Weighted mean, z = w (y − ȳ) / Σ w (see surveyMean). */
export function linearizedMean(design: SurveyDesign, values: ArrayLike<number>, rows: ArrayLike<number>): LinearEstimate {
  const weights = design.weights;
  let sum = 0;
  let swy = 0;
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k]!;
    sum += weights[r]!;
    swy += weights[r]! * values[r]!;
  }
  const mean = swy / sum;
  const z = buffer(rows.length);
  let ss = 0;
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k]!;
    z[k] = (weights[r]! * (values[r]! - mean)) / sum;
    ss += weights[r]! * (values[r]! - mean) ** 2;
  }
  const variance = linearizedVariance(design, rows, z);
  const srs = srsMeanVariance(sampleVariance(ss, sum, rows.length), rows.length, sum);
  return { estimate: mean, variance, deff: designEffect(variance, srs), n: rows.length, weightedN: sum };
}

/** Weighted total, z = w y (see surveyTotal). */
export function linearizedTotal(design: SurveyDesign, values: ArrayLike<number>, rows: ArrayLike<number>): LinearEstimate {
  const weights = design.weights;
  const z = buffer(rows.length);
  let sum = 0;
  let total = 0;
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k]!;
    sum += weights[r]!;
    total += z[k] = weights[r]! * values[r]!;
  }
  const mean = total / sum;
  let ss = 0;
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k]!;
    ss += weights[r]! * (values[r]! - mean) ** 2;
  }
  const variance = linearizedVariance(design, rows, z);
  const srs = sum * sum * srsMeanVariance(sampleVariance(ss, sum, rows.length), rows.length, sum);
  return { estimate: total, variance, deff: designEffect(variance, srs), n: rows.length, weightedN: sum };
}

/** Ratio of weighted totals, z = w (y − R̂ x) / X̂ (see surveyRatio). */
export function linearizedRatio(design: SurveyDesign, numerator: ArrayLike<number>, denominator: ArrayLike<number>, rows: ArrayLike<number>): LinearEstimate {
  const weights = design.weights;
  let sum = 0;
  let ty = 0;
  let tx = 0;
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k]!;
    sum += weights[r]!;
    ty += weights[r]! * numerator[r]!;
    tx += weights[r]! * denominator[r]!;
  }
  const ratio = ty / tx;
  const z = buffer(rows.length);
  let sr = 0;
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k]!;
    const residual = (numerator[r]! - ratio * denominator[r]!) / tx;
    sr += weights[r]! * residual;
    z[k] = weights[r]! * residual;
  }
  const meanResidual = sr / sum;
  let ss = 0;
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k]!;
    ss += weights[r]! * ((numerator[r]! - ratio * denominator[r]!) / tx - meanResidual) ** 2;
  }
  const variance = linearizedVariance(design, rows, z);
  const srs = sum * sum * srsMeanVariance(sampleVariance(ss, sum, rows.length), rows.length, sum);
  return { estimate: ratio, variance, deff: designEffect(variance, srs), n: rows.length, weightedN: sum };
}

/** S² from Σ w (v − v̄)², Σ w and n, as weightedVariance (deff.ts) computes it. */
function sampleVariance(ss: number, sw: number, n: number): number {
  return n < 2 ? NaN : ((ss / sw) * n) / (n - 1);
}

// The z buffer, grown to the largest domain seen. Estimation is synchronous and z is consumed by
// linearizedVariance before the next estimator runs, so one buffer serves every call.
let zBuffer = new Float64Array(0);

function buffer(n: number): Float64Array {
  if (zBuffer.length < n) zBuffer = new Float64Array(n);
  return zBuffer.subarray(0, n);
}
