import { KepuError } from '../../errors/index.js';
import type { Where } from '../../errors/index.js';
import { crossProduct, inverseSpd } from './matrix.js';
import { prasadRaoMse } from './mse.js';
import { remlVariance } from './reml.js';
import type { FhArea, FhFit } from './types.js';

export interface FayHerriotOptions {
  /**
   * σ²_u when known (a worked example, a test); otherwise estimated by REML. Default: estimated.
   * With σ²_u given, the MSE is g1 + g2 (no g3: nothing was estimated).
   */
  sigma2u?: number;
  /** Names of the auxiliaries, for messages. Default: x1, x2, … */
  auxiliaries?: readonly string[];
  /** What the model is of, for messages. */
  indicator?: string;
  year?: number;
  /** Where to locate a refusal. */
  where?: Where;
}

/**
 * Fits the Fay–Herriot area-level model to the areas' direct estimates and returns each area's
 * EBLUP θ̃_d = γ_d θ̂_d + (1 − γ_d) x_d'β̂, γ_d = σ²_u ÷ (σ²_u + ψ_d), with its MSE (Rao & Molina
 * 2015, §6.1–6.2; checked against R sae::eblupFH and mseFH, tests/fixtures/sae/reference.R).
 * Refuses (KepuError) with too few areas (m ≤ p + 1: nothing left to estimate σ²_u with) and with
 * a singular design (an auxiliary constant, or a combination of the others).
 * @example
 * const fit = fayHerriot([{ code: 'a', direct: 12.1, variance: 2.1, x: [45] }, …]);
 * fit.estimates[0].eblup;
 */
export function fayHerriot(areas: readonly FhArea[], options: FayHerriotOptions = {}): FhFit {
  const { where } = options;
  const rows = areas.map((a) => [1, ...a.x]);
  const p = rows[0]?.length ?? 1;
  const names = options.auxiliaries ?? Array.from({ length: p - 1 }, (_, i) => `x${i + 1}`);
  if (areas.length <= p + 1) {
    throw new KepuError('SURVEY_SAE_TOO_FEW_AREAS', { areas: areas.length, parameters: p, indicator: options.indicator ?? '', year: options.year ?? 0 }, where);
  }
  if (!fullRank(rows)) throw new KepuError('SURVEY_SAE_SINGULAR_DESIGN', { auxiliaries: names }, where);
  const y = areas.map((a) => a.direct);
  const psi = areas.map((a) => a.variance);
  const estimated = options.sigma2u === undefined;
  const { sigma2u, iterations } = estimated ? remlVariance(y, rows, psi, { where }) : { sigma2u: options.sigma2u!, iterations: 0 };
  const v = psi.map((x) => 1 / (sigma2u + x));
  const q = inverseSpd(crossProduct(rows, v))!;
  // β̂ = (X'V⁻¹X)⁻¹ X'V⁻¹y.
  const xty = rows[0]!.map((_, j) => rows.reduce((s, r, d) => s + r[j]! * v[d]! * y[d]!, 0));
  const beta = q.map((row) => row.reduce((s, qij, j) => s + qij * xty[j]!, 0));
  const mse = prasadRaoMse(rows, psi, sigma2u, q, { estimated });
  const estimates = areas.map((a, d) => {
    const synthetic = rows[d]!.reduce((s, x, j) => s + x * beta[j]!, 0);
    const gamma = sigma2u / (sigma2u + a.variance);
    return { code: a.code, direct: a.direct, variance: a.variance, gamma, synthetic, eblup: gamma * a.direct + (1 - gamma) * synthetic, ...mse[d]! };
  });
  return { sigma2u, beta, betaCovariance: q, iterations, rows, estimates };
}

/**
 * Whether the design's columns are linearly independent. The columns are scaled to unit length
 * first, so that an auxiliary counted in 人 and one in % are judged alike.
 */
function fullRank(rows: readonly (readonly number[])[]): boolean {
  const norms = rows[0]!.map((_, j) => Math.sqrt(rows.reduce((s, r) => s + r[j]! ** 2, 0)) || 1);
  const scaled = rows.map((r) => r.map((x, j) => x / norms[j]!));
  return inverseSpd(crossProduct(scaled, scaled.map(() => 1)), 1e-10) !== null;
}
