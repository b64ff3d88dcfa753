import { betaQuantile, tQuantile } from '../../util/distributions.js';
import type { CiMethod } from '../types.js';

/** What an interval needs: the estimate, its design variance, the respondents used and the design df. */
export interface IntervalInput {
  estimate: number;
  variance: number;
  /** Unweighted respondents in the domain. */
  n: number;
  /** Design degrees of freedom (PSUs − strata). */
  df: number;
  /** Confidence level, e.g. 0.95. */
  level: number;
}

/** Lower and upper limit; NaN when the design has no degrees of freedom left (df < 1). */
export type Interval = [number, number];

/**
 * Wald interval with a t quantile on the design df: estimate ± t · se (R's confint(svymean(…), df =
 * degf(design)), and svyciprop(method = "mean")). Used for means, totals and ratios.
 */
export function waldInterval({ estimate, variance, df, level }: IntervalInput): Interval {
  if (!(df >= 1)) return [NaN, NaN];
  const half = tQuantile(1 - (1 - level) / 2, df) * Math.sqrt(variance);
  return [estimate - half, estimate + half];
}

/**
 * A confidence interval for a proportion p (0–1) by one of four methods, all on the design df:
 * - wald: p ± t·se (R svyciprop "mean").
 * - logit: expit(logit p ± t·se/(p(1 − p))) (R svyciprop "logit", the svyglm intercept's Wald interval).
 * - wilson: the Wilson score interval with the design-effective n* = p(1 − p)/var(p) and t for z
 *   (Kish's effective n; R's survey has no Wilson method, see tests/survey for the hand reference).
 * - beta: Korn & Graubard (1998) Clopper–Pearson with n* · (t_{n−1}/t_df)² (R svyciprop "beta").
 * When var(p) = 0 (p is 0 or 1, or every PSU agrees) n* is taken as n, and logit, undefined at 0 and 1,
 * gives the beta interval; R returns NaN there.
 * @example
 * proportionInterval('beta', { estimate: 0.14, variance: 0.0004, n: 600, df: 38, level: 0.95 });
 */
export function proportionInterval(method: CiMethod, input: IntervalInput): Interval {
  const { estimate: p, variance, n, df, level } = input;
  if (!(df >= 1)) return [NaN, NaN];
  const alpha = 1 - level;
  const t = tQuantile(1 - alpha / 2, df);
  const degenerate = !(variance > 0) || p <= 0 || p >= 1;
  const nStar = variance > 0 ? (p * (1 - p)) / variance : n;
  switch (method) {
    case 'wald':
      return waldInterval(input);
    case 'logit': {
      if (degenerate) return kornGraubard(p, n, n, df, alpha);
      const centre = Math.log(p / (1 - p));
      const half = (t * Math.sqrt(variance)) / (p * (1 - p));
      return [expit(centre - half), expit(centre + half)];
    }
    case 'wilson': {
      const t2n = (t * t) / nStar;
      const centre = (p + t2n / 2) / (1 + t2n);
      const half = (t / (1 + t2n)) * Math.sqrt((p * (1 - p)) / nStar + (t * t) / (4 * nStar * nStar));
      return [Math.max(0, centre - half), Math.min(1, centre + half)];
    }
    case 'beta':
      return kornGraubard(p, nStar, n, df, alpha);
  }
}

/** Korn–Graubard: Clopper–Pearson limits at the df-adjusted effective n (R's svyciprop "beta"). */
function kornGraubard(p: number, nStar: number, n: number, df: number, alpha: number): Interval {
  const adjust = n > 1 ? tQuantile(alpha / 2, n - 1) / tQuantile(alpha / 2, df) : 1;
  return clopperPearson(p, nStar * adjust * adjust, alpha);
}

/**
 * Clopper–Pearson limits for a proportion p observed on m (possibly fractional) trials:
 * [B(α/2; mp, m(1 − p) + 1), B(1 − α/2; mp + 1, m(1 − p))], with 0 and 1 at the ends. The shared
 * core of the Korn–Graubard interval here and in the presentation standard (presentation.ts).
 */
export function clopperPearson(p: number, m: number, alpha: number): Interval {
  const low = p <= 0 ? 0 : betaQuantile(alpha / 2, m * p, m * (1 - p) + 1);
  const high = p >= 1 ? 1 : betaQuantile(1 - alpha / 2, m * p + 1, m * (1 - p));
  return [low, high];
}

function expit(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
