import { KepuError } from '../../errors/index.js';
import type { Where } from '../../errors/index.js';
import { crossProduct, inverseSpd, quadratic } from './matrix.js';

/** Fisher scoring settings. */
export interface RemlOptions {
  /** Most iterations. Default: 100 (as R sae::eblupFH). */
  maxIterations?: number;
  /** Stop when a step changes σ²_u by less than this times (σ²_u + median ψ). Default: 1e-12. */
  tolerance?: number;
  /** Where to locate a refusal (the workspace setting that asked for the model). */
  where?: Where;
}

/**
 * σ²_u of the Fay–Herriot model by restricted maximum likelihood, with Fisher scoring from the
 * median sampling variance, truncated at 0 (Rao & Molina 2015, §6.1.2; the default of R's
 * sae::eblupFH). With V = diag(σ²_u + ψ_d) and P = V⁻¹ − V⁻¹X(X'V⁻¹X)⁻¹X'V⁻¹, each step adds
 * s/F, where the score is s = −½ tr(P) + ½ y'PPy and the information F = ½ tr(PP).
 * A step below 0 is held at 0: where the restricted likelihood peaks below 0 the estimate is 0
 * either way, and V stays positive on the way.
 * `rows` are the design rows (intercept included); it throws SURVEY_SAE_NOT_CONVERGED.
 * @example
 * remlVariance([1, 2, 4], [[1], [1], [1]], [0.5, 0.5, 0.5]); // { sigma2u: 1.83…, iterations: … }
 */
export function remlVariance(
  y: readonly number[],
  rows: readonly (readonly number[])[],
  psi: readonly number[],
  options: RemlOptions = {},
): { sigma2u: number; iterations: number } {
  const { maxIterations = 100, tolerance = 1e-12, where } = options;
  const scale = median(psi);
  let a = scale;
  for (let k = 1; k <= maxIterations; k++) {
    const { score, information } = scoreAt(a, y, rows, psi);
    const next = Math.max(0, a + score / information);
    const step = Math.abs(next - a);
    a = next;
    if (step <= tolerance * (a + scale)) return { sigma2u: a, iterations: k };
  }
  throw new KepuError('SURVEY_SAE_NOT_CONVERGED', { iterations: maxIterations }, where);
}

/** The REML score and Fisher information of σ²_u at `a`. */
function scoreAt(a: number, y: readonly number[], rows: readonly (readonly number[])[], psi: readonly number[]): { score: number; information: number } {
  const m = y.length;
  const v = psi.map((p) => 1 / (a + p));
  const q = inverseSpd(crossProduct(rows, v))!;
  // P_ij = v_i δ_ij − v_i v_j x_i'Q x_j.
  const p = Array.from({ length: m }, (_, i) => Array.from({ length: m }, (__, j) => (i === j ? v[i]! : 0) - v[i]! * v[j]! * quadratic(rows[i]!, q, rows[j]!)));
  const py = p.map((row) => row.reduce((s, pij, j) => s + pij * y[j]!, 0));
  let trace = 0;
  let trace2 = 0;
  for (let i = 0; i < m; i++) {
    trace += p[i]![i]!;
    for (let j = 0; j < m; j++) trace2 += p[i]![j]! ** 2;
  }
  return { score: -0.5 * trace + 0.5 * py.reduce((s, x) => s + x * x, 0), information: 0.5 * trace2 };
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((x, y) => x - y);
  const h = s.length >> 1;
  return s.length % 2 ? s[h]! : (s[h - 1]! + s[h]!) / 2;
}
