import { tQuantile } from '../util/distributions.js';
import type { Projection } from './types.js';

export interface ProjectionOptions {
  /** The value is a bounded share: compound growth overshoots, so only the linear model is used. Default: false. */
  bounded?: boolean;
  /** Confidence of the prediction interval. Default: 0.95. */
  level?: number;
  /** Latest year searched for the reach year. Default: 2100. */
  horizon?: number;
}

interface Fit {
  a: number;
  b: number;
  /** Residual standard deviation (on the fitted scale). */
  s: number;
  n: number;
  meanT: number;
  sxx: number;
}

/**
 * Projects an observed series to the target year (REFERENCE.md §1: shares grow S-shaped, so
 * compound extrapolation overshoots).
 * Rule: a straight line by least squares; with ≥ 3 points, all positive, and not a bounded
 * share, a log-linear (constant growth) fit instead when it fits the observed values better
 * (smaller root-mean-square error on the original scale). The 95% prediction interval is
 * ŷ ± t(n−2) · s · √(1 + 1/n + (T − t̄)² / Sxx), on the log scale for the log-linear model.
 * The reach year is the first year the fitted trend meets the target (null if it never does).
 */
export function project(points: readonly { year: number; value: number }[], targetYear: number, target: number | undefined, options: ProjectionOptions = {}): Projection | undefined {
  const { bounded = false, level = 0.95, horizon = 2100 } = options;
  if (points.length < 2) return undefined;
  const linear = fit(points.map((p) => ({ t: p.year, y: p.value })));
  if (!linear) return undefined;
  let model: 'linear' | 'log_linear' = 'linear';
  let chosen = linear;
  if (!bounded && points.length >= 3 && points.every((p) => p.value > 0)) {
    const log = fit(points.map((p) => ({ t: p.year, y: Math.log(p.value) })));
    if (log && rmse(points, (t) => Math.exp(log.a + log.b * t)) < rmse(points, (t) => linear.a + linear.b * t)) {
      model = 'log_linear';
      chosen = log;
    }
  }
  const back = model === 'linear' ? (v: number) => v : Math.exp;
  const centre = chosen.a + chosen.b * targetYear;
  const result: Projection = { model, value: back(centre), reachYear: null };
  if (chosen.n > 2) {
    const q = tQuantile(1 - (1 - level) / 2, chosen.n - 2);
    const half = q * chosen.s * Math.sqrt(1 + 1 / chosen.n + (targetYear - chosen.meanT) ** 2 / chosen.sxx);
    result.low = back(centre - half);
    result.high = back(centre + half);
  }
  if (target !== undefined) result.reachYear = reachYear(chosen, model === 'linear' ? target : Math.log(target), points, horizon);
  return result;
}

function fit(points: { t: number; y: number }[]): Fit | undefined {
  const n = points.length;
  const meanT = points.reduce((a, p) => a + p.t, 0) / n;
  const meanY = points.reduce((a, p) => a + p.y, 0) / n;
  const sxx = points.reduce((a, p) => a + (p.t - meanT) ** 2, 0);
  if (sxx === 0) return undefined;
  const b = points.reduce((a, p) => a + (p.t - meanT) * (p.y - meanY), 0) / sxx;
  const a = meanY - b * meanT;
  const sse = points.reduce((acc, p) => acc + (p.y - (a + b * p.t)) ** 2, 0);
  return { a, b, s: n > 2 ? Math.sqrt(sse / (n - 2)) : 0, n, meanT, sxx };
}

function rmse(points: readonly { year: number; value: number }[], f: (t: number) => number): number {
  return Math.sqrt(points.reduce((a, p) => a + (p.value - f(p.year)) ** 2, 0) / points.length);
}

/** First whole year ≥ the last observed year at which the trend line reaches the level (either direction). */
function reachYear(f: Fit, level: number, points: readonly { year: number; value: number }[], horizon: number): number | null {
  const last = Math.max(...points.map((p) => p.year));
  const atLast = f.a + f.b * last;
  const gap = level - atLast;
  if (gap === 0) return last;
  if (f.b === 0 || Math.sign(gap) !== Math.sign(f.b)) return null;
  const year = Math.ceil((level - f.a) / f.b - 1e-9);
  return year > horizon ? null : Math.max(year, last);
}
