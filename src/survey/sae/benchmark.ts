import { quadratic } from './matrix.js';
import type { Benchmark, FhFit } from './types.js';

/**
 * Difference benchmarking (Battese, Harter & Fuller 1988; Wang, Fuller & Qu 2008): every EBLUP
 * moves by the same a = t − Σ_d w_d θ̃_d, so that the weighted sum of the areas equals the parent's
 * direct estimate t exactly. `weights` (one per estimate, e.g. each district's share of the
 * population aged 18–69) are normalised to sum to 1.
 *
 * Why the difference and not the ratio benchmark: it keeps the gaps between districts in points,
 * which is how a share's differences are read, and its MSE has a published second-order
 * approximation (Steorts & Ghosh 2013, Theorem 1), MSE(θ̃ᴮ_d) ≈ MSE(θ̃_d) + g4 with
 *   g4 = Σ_d w_d² B_d² (σ²_u + ψ_d) − b'(X'V⁻¹X)⁻¹b,  b = Σ_d w_d B_d x_d,  B_d = 1 − γ_d,
 * the variance of the adjustment. That result takes t to be the weighted sum of the areas' direct
 * estimates; the parent's own direct estimate is close to it but not the same, so the MSE reported
 * for a benchmarked estimate is an approximation, and is said to be one.
 * @example
 * differenceBenchmark(fit, [0.3, 0.7], 12.9).adjustment;
 */
export function differenceBenchmark(fit: FhFit, weights: readonly number[], target: number): Benchmark {
  const total = weights.reduce((s, w) => s + w, 0);
  const w = weights.map((x) => x / total);
  const est = fit.estimates;
  const adjustment = target - est.reduce((s, e, d) => s + w[d]! * e.eblup, 0);
  const b = est.map((e, d) => w[d]! * (1 - e.gamma));
  const p = fit.beta.length;
  const bx = Array.from({ length: p }, (_, j) => fit.rows.reduce((s, x, d) => s + b[d]! * x[j]!, 0));
  const g4 = est.reduce((s, e, d) => s + b[d]! ** 2 * (fit.sigma2u + e.variance), 0) - quadratic(bx, fit.betaCovariance);
  return { target, adjustment, g4, estimates: est.map((e) => ({ code: e.code, estimate: e.eblup + adjustment, mse: e.mse + g4 })) };
}
