// What each estimator (mean.ts, total.ts, ratio.ts) returns, and the gathering of their general path.
/** A point estimate with its Taylor-linearisation variance, before intervals and flags. */
export interface LinearEstimate {
  estimate: number;
  variance: number;
  /** Design effect against SRS without replacement of the same size (deff.ts); null when undefined. */
  deff: number | null;
  /** Respondents used (unweighted). */
  n: number;
  /** Σ w over them. */
  weightedN: number;
}

/** The weights and values of the domain's respondents, in `rows` order. */
export function gather(weights: ArrayLike<number>, values: ArrayLike<number>, rows: ArrayLike<number>): { w: Float64Array; y: Float64Array; sum: number } {
  const w = new Float64Array(rows.length);
  const y = new Float64Array(rows.length);
  let sum = 0;
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k]!;
    w[k] = weights[r]!;
    y[k] = values[r]!;
    sum += w[k]!;
  }
  return { w, y, sum };
}
