/**
 * Design effects as R's svymean/svytotal(deff = TRUE) compute them: the design variance over the
 * variance of simple random sampling *without* replacement of the same size n from a population of
 * N̂ = Σw,  V_srs(mean) = S² (N̂ − n) / (N̂ n),  V_srs(total) = N̂² V_srs(mean),
 * with S² = n/(n − 1) · Σ w (y − ȳ)² / Σ w (R's svyvar). When the weights do not add up to more than
 * n (weights scaled to the sample size), N̂ − n is meaningless and R returns NA or Inf; we fall back to
 * sampling with replacement, S²/n (R's deff = "replace").
 */

/** S², the weighted population variance estimate of values v[k] with weights w[k] (R's svyvar). */
export function weightedVariance(w: ArrayLike<number>, v: ArrayLike<number>): number {
  const n = v.length;
  if (n < 2) return NaN;
  let sw = 0;
  let swy = 0;
  for (let k = 0; k < n; k++) {
    sw += w[k]!;
    swy += w[k]! * v[k]!;
  }
  const mean = swy / sw;
  let ss = 0;
  for (let k = 0; k < n; k++) ss += w[k]! * (v[k]! - mean) ** 2;
  return ((ss / sw) * n) / (n - 1);
}

/** Variance of a mean under simple random sampling of n from N̂ (without replacement when N̂ > n). */
export function srsMeanVariance(s2: number, n: number, populationSize: number): number {
  return populationSize > n ? (s2 * (populationSize - n)) / (populationSize * n) : s2 / n;
}

/** Design effect, or null when either variance is not a positive finite number. */
export function designEffect(variance: number, srsVariance: number): number | null {
  const deff = variance / srsVariance;
  return Number.isFinite(deff) && srsVariance > 0 ? deff : null;
}
