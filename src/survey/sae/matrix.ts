/**
 * The few dense-matrix operations the Fay–Herriot model needs on p × p matrices (p = coefficients,
 * a handful): a symmetric positive-definite inverse and quadratic forms. Plain arrays; no library.
 */

/**
 * The inverse of a symmetric positive-definite matrix by its Cholesky factor, or null when the
 * matrix is not positive definite: a pivot at or below `tolerance` times the largest diagonal
 * element (a singular or nearly singular design).
 * @example
 * inverseSpd([[4, 2], [2, 3]]); // [[0.375, -0.25], [-0.25, 0.5]]
 */
export function inverseSpd(a: readonly (readonly number[])[], tolerance = 1e-12): number[][] | null {
  const n = a.length;
  const scale = Math.max(...a.map((row, i) => Math.abs(row[i]!)), 0);
  const l = a.map(() => new Array<number>(n).fill(0));
  for (let j = 0; j < n; j++) {
    let d = a[j]![j]!;
    for (let k = 0; k < j; k++) d -= l[j]![k]! ** 2;
    if (!(d > tolerance * scale)) return null;
    l[j]![j] = Math.sqrt(d);
    for (let i = j + 1; i < n; i++) {
      let s = a[i]![j]!;
      for (let k = 0; k < j; k++) s -= l[i]![k]! * l[j]![k]!;
      l[i]![j] = s / l[j]![j]!;
    }
  }
  // L⁻¹ by forward substitution, then A⁻¹ = L⁻ᵀ L⁻¹.
  const inv = a.map(() => new Array<number>(n).fill(0));
  for (let c = 0; c < n; c++) {
    for (let i = c; i < n; i++) {
      let s = i === c ? 1 : 0;
      for (let k = c; k < i; k++) s -= l[i]![k]! * inv[k]![c]!;
      inv[i]![c] = s / l[i]![i]!;
    }
  }
  return a.map((_, i) => a.map((__, j) => {
    let s = 0;
    for (let k = Math.max(i, j); k < n; k++) s += inv[k]![i]! * inv[k]![j]!;
    return s;
  }));
}

/** x'Ay for a square A. */
export function quadratic(x: readonly number[], a: readonly (readonly number[])[], y: readonly number[] = x): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) for (let j = 0; j < y.length; j++) s += x[i]! * a[i]![j]! * y[j]!;
  return s;
}

/** Σ_d w_d x_d x_d' (a weighted cross-product of the rows of X). */
export function crossProduct(rows: readonly (readonly number[])[], weights: readonly number[]): number[][] {
  const p = rows[0]?.length ?? 0;
  const out = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  rows.forEach((x, d) => {
    for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) out[i]![j] = out[i]![j]! + weights[d]! * x[i]! * x[j]!;
  });
  return out;
}
