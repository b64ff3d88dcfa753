import { betaQuantileBracket, betaTailBound, incompleteBeta, logBeta, normalQuantile, tQuantile } from '../util/distributions.js';
import type { Interval } from './variance/confidence-interval.js';
import { clopperPearson } from './variance/confidence-interval.js';

/**
 * How an estimate may be shown: ok (as it is), flagged (shown greyed, with a "use with caution"
 * footnote) or suppressed (not shown: "—" in tables, left out of charts, with a footnote).
 */
export type PresentationLevel = 'ok' | 'flagged' | 'suppressed';

/**
 * Why an estimate is suppressed or flagged (thresholds in PRESENTATION):
 * - n: fewer than 30 respondents (suppress);
 * - n_eff: effective sample size under 30 (suppress; proportions);
 * - ci_width: Korn–Graubard interval 0.30 wide or wider (suppress; proportions);
 * - ci_relative_width: interval wider than 0.05 and than 130% of the proportion (suppress);
 * - complement_width: interval wider than 130% of 1 − p (flag; proportions near 1);
 * - df: fewer than 8 design degrees of freedom (flag; proportions);
 * - extreme: a proportion of exactly 0 or 100% (flag);
 * - rse: relative standard error 30% or more (flag; means, totals, ratios, counts).
 */
export type PresentationReason = 'n' | 'n_eff' | 'ci_width' | 'ci_relative_width' | 'complement_width' | 'df' | 'extreme' | 'rse';

/**
 * A rule that could not be applied for want of its input: 'n' (the respondent count: the n < 30
 * rule, and the cap of the effective size at n), 'df' (the design degrees of freedom: the df < 8
 * flag, and the Korn–Graubard df adjustment, which then is left out and the interval is narrower).
 */
export type UncheckedRule = 'n' | 'df';

/** The classification of one estimate under the presentation standard. */
export interface Presentation {
  level: PresentationLevel;
  /** Why, in the order the standard checks them; empty when ok. */
  reasons: PresentationReason[];
  /** Rules the estimate could not be checked against (an observation with a standard error only). */
  unchecked: UncheckedRule[];
}

/** What classifying an estimate needs. */
export interface PresentationInput {
  /** 'proportion' for a share of respondents, else 'other' (mean, total, ratio, count). */
  kind: 'proportion' | 'other';
  /** The estimate; a proportion as a fraction 0–1. */
  estimate: number;
  /** Its design-based standard error, in the same scale. */
  se: number;
  /** Respondents behind it (the proportion's denominator), when known. */
  n?: number;
  /** Design degrees of freedom (PSUs − strata), when known. */
  df?: number;
}

/**
 * The presentation standard, one set of thresholds for every output (tables, charts, exports):
 * for proportions, the NCHS Data Presentation Standards for Proportions (Parker JD, Talih M,
 * Malec DJ et al., Vital Health Stat 2(175), 2017; as CDC's R package surveytable applies them);
 * for other statistics, NCHS's earlier rule (estimates from fewer than 30 records not shown; a
 * relative standard error of 30% or more marked unreliable), which the 2017 standard replaced for
 * proportions only.
 */
export const PRESENTATION = {
  /** Fewest respondents behind a shown estimate. */
  minN: 30,
  /** Smallest effective sample size, p(1 − p)/se², capped at n. */
  minEffectiveN: 30,
  /** A Korn–Graubard interval this wide or wider (absolute, as a fraction) is suppressed. */
  maxWidth: 0.3,
  /** An interval this wide or narrower is always shown. */
  narrowWidth: 0.05,
  /** Wider than this share of p is suppressed; of 1 − p, flagged. */
  maxRelativeWidth: 1.3,
  /** Fewer design degrees of freedom than this are flagged. */
  minDf: 8,
  /** Relative standard error (se ÷ |estimate|) at or above which other statistics are flagged. */
  maxRse: 0.3,
  /** The standard's interval is the 95% one, whatever level a table prints. */
  level: 0.95,
} as const;

/**
 * The effective sample size and 95% Korn–Graubard interval the standard judges a proportion by:
 * n_eff = p(1 − p)/se² (n when p is 0 or 1 or se is 0; never more than n), then Clopper–Pearson on
 * min(n, n_eff · (t_{n−1}/t_df)²) (Korn & Graubard 1998; NCHS's df-adjusted form, surveytable's
 * svyciprop_adjusted). Without df the adjustment is left out; without n there is no cap.
 * @example
 * standardInterval(0.2, Math.sqrt(0.2 * 0.8 * 2 / 400), 400, 30); // { nEff: 200, interval: [0.147, 0.262] }
 */
export function standardInterval(p: number, se: number, n?: number, df?: number): { nEff: number; interval: Interval } {
  const { nEff, m } = effectiveTrials(p, se, n, df);
  return { nEff, interval: Number.isFinite(m) ? clopperPearson(p, m, ALPHA) : [p, p] };
}

const ALPHA = 1 - PRESENTATION.level;

/** standardInterval's n_eff, and the df-adjusted trials m its Clopper–Pearson interval is taken on. */
function effectiveTrials(p: number, se: number, n?: number, df?: number): { nEff: number; m: number } {
  const cap = n ?? Infinity;
  // No standard error at all (NaN) counts as none of the sample: nothing to judge the estimate by.
  const nEff = p <= 0 || p >= 1 || se === 0 ? cap : Number.isFinite(se) ? Math.min(cap, (p * (1 - p)) / (se * se)) : 0;
  const ratio = n !== undefined && n > 1 && df !== undefined && df >= 1 ? tQuantile(ALPHA / 2, n - 1) / tQuantile(ALPHA / 2, df) : 1;
  return { nEff, m: Math.min(cap, nEff * ratio * ratio) };
}

/**
 * The comparisons the standard makes of a proportion's interval width W, as bits: W ≤ 0.05
 * (NARROW), W ≥ 0.30 (WIDE), W > 130% of p (WIDE_FOR_P), W > 130% of 1 − p (WIDE_FOR_COMPLEMENT).
 * All that classifyPresentation reads of the width.
 * @example
 * widthChecks(0.04, 0.5); // NARROW
 * widthChecks(0.35, 0.2); // WIDE | WIDE_FOR_P (0.35 ≥ 0.30, and 0.35 > 1.3 × 0.2)
 */
export function widthChecks(width: number, p: number): number {
  return (
    (width <= PRESENTATION.narrowWidth ? NARROW : 0) |
    (width >= PRESENTATION.maxWidth ? WIDE : 0) |
    (width / p > PRESENTATION.maxRelativeWidth ? WIDE_FOR_P : 0) |
    (width / (1 - p) > PRESENTATION.maxRelativeWidth ? WIDE_FOR_COMPLEMENT : 0)
  );
}

export const NARROW = 1;
export const WIDE = 2;
export const WIDE_FOR_P = 4;
export const WIDE_FOR_COMPLEMENT = 8;

/**
 * widthChecks of standardInterval's width for a proportion 0 < p < 1, found without the interval
 * when that settles them. The two Clopper–Pearson limits are first bracketed to 2% each
 * (betaQuantileBracket, two evaluations of I_x apiece); when every check comes out the same at
 * both ends of the range of widths those brackets allow, widened by far more than rounding, those
 * are the checks. Otherwise (a width within a few per cent of a threshold) the limits are worked
 * out in full. Most shares of a national table are far from every threshold, and the full limits
 * were half the time of judging them (issue 20). tests/survey/presentation.test.ts holds the
 * checks to the full interval's.
 * @example
 * // 50% from 100 respondents, design effect 3 (se = √(0.25 · 3 / 100)), 20 df: over 0.30 wide
 * standardWidthChecks(0.5, Math.sqrt(0.0075), 100, 20); // WIDE
 */
export function standardWidthChecks(p: number, se: number, n?: number, df?: number): number {
  return checksOnTrials(p, effectiveTrials(p, se, n, df).m);
}

/** standardWidthChecks on m trials (effectiveTrials). */
function checksOnTrials(p: number, m: number): number {
  if (!Number.isFinite(m)) return widthChecks(0, p);
  const low = betaQuantileBracket(ALPHA / 2, m * p, m * (1 - p) + 1, BRACKET);
  const high = betaQuantileBracket(1 - ALPHA / 2, m * p + 1, m * (1 - p), BRACKET);
  if (low && high) {
    const least = widthChecks(high[0] - low[1] - MARGIN, p);
    if (least === widthChecks(high[1] - low[0] + MARGIN, p)) return least;
  }
  const [lo, hi] = clopperPearson(p, m, ALPHA);
  return widthChecks(hi - lo, p);
}

/**
 * Whether the Clopper–Pearson interval of p on m trials (standardInterval's) is shown to be at most
 * PRESENTATION.narrowWidth wide, by one look at each limit: the Wilson interval, which lies close
 * inside it, is widened either way by what the narrow width leaves over (less MARGIN), and each
 * limit is shown to lie inside that (the beta tail beyond the widened end below α/2 by far more
 * than its rounding: a bound on it, else I_x), so the width is under the narrow width. The shares
 * of a national table (a thousand respondents or more, width about 0.03) are settled this way
 * with two bounds instead of the brackets' four evaluations of I_x and more (issue 20). False when
 * it cannot be shown; the checks are then made in full. Exported for its test.
 */
export function provablyNarrow(p: number, m: number): boolean {
  if (!(p > 0 && p < 1 && m > 0 && Number.isFinite(m))) return false;
  const z2 = Z * Z;
  const scale = 1 + z2 / m;
  const centre = (p + z2 / (2 * m)) / scale;
  const half = (Z * Math.sqrt((p * (1 - p)) / m + z2 / (4 * m * m))) / scale;
  const slack = (PRESENTATION.narrowWidth - MARGIN - 2 * half) / 2;
  if (!(slack > 0)) return false;
  const below = centre - half - slack;
  const above = centre + half + slack;
  // The lower limit is where I_x(a, b + 1) reaches α/2, the upper where I_x(a + 1, b) reaches
  // 1 − α/2 (a = mp, b = m(1 − p)). Each tail is shown small by its log-concave bound first
  // (betaTailBound: a density, no continued fraction; it settles a national table's shares, which
  // then took 35 ms to judge instead of 60), by I_x itself where the bound is not small enough.
  // Both beta functions come from B(a, b): B(a, b + 1) = B(a, b)·b/(a + b), B(a + 1, b) = B(a, b)·a/(a + b).
  const a = m * p;
  const b = m * (1 - p);
  const lnB = logBeta(a, b);
  const small = ALPHA / 2 - PROOF_MARGIN;
  const lowerInside = below <= 0 || betaTailBound(below, a, b + 1, lnB + Math.log(b / (a + b)), 'lower') < small || incompleteBeta(below, a, b + 1) < small;
  return lowerInside && (above >= 1 || betaTailBound(above, a + 1, b, lnB + Math.log(a / (a + b)), 'upper') < small || incompleteBeta(above, a + 1, b) > 1 - ALPHA / 2 + PROOF_MARGIN);
}

/** The normal quantile of the standard's 95% level, for the Wilson interval. */
const Z = normalQuantile(1 - ALPHA / 2);
/** Far more than the rounding of I_x (about 1e-14), far less than what separates it from α/2 where the proof is tried. */
const PROOF_MARGIN = 1e-10;

/** How far either way each Clopper–Pearson limit is first bracketed, as a share of its distance to the nearer end. */
const BRACKET = 0.02;
/** Far more than the rounding of the full width (about 1e-16), far less than any width that matters. */
const MARGIN = 1e-9;

/**
 * Classifies one estimate: suppressed, flagged or ok, with the reasons and the rules it could not
 * be checked against. Proportions follow the NCHS 2017 sequence (effective n < 30 → suppress;
 * width ≤ 0.05 → show; width ≥ 0.30 → suppress; width > 130% of p → suppress; else show, flagged
 * when the width is over 130% of 1 − p, df < 8, or p is 0 or 1); other statistics are suppressed
 * under 30 respondents and flagged at an RSE of 30% or more.
 * @example
 * classifyPresentation({ kind: 'proportion', estimate: 0.05, se: 0.0218, n: 200, df: 30 }); // suppressed, ['ci_relative_width']
 */
export function classifyPresentation(input: PresentationInput): Presentation {
  const { kind, estimate, se, n, df } = input;
  const unchecked: UncheckedRule[] = [];
  if (n === undefined) unchecked.push('n');
  if (kind === 'other') {
    if (n !== undefined && n < PRESENTATION.minN) return { level: 'suppressed', reasons: ['n'], unchecked };
    const rse = estimate === 0 || !Number.isFinite(se) ? Infinity : se / Math.abs(estimate);
    return rse >= PRESENTATION.maxRse ? { level: 'flagged', reasons: ['rse'], unchecked } : { level: 'ok', reasons: [], unchecked };
  }
  if (df === undefined) unchecked.push('df');
  const p = estimate;
  const extreme = p <= 0 || p >= 1;
  const { nEff, m } = effectiveTrials(p, se, n, df);
  // NCHS takes a proportion of 0 or 1 as having no width (it is flagged for review instead). A
  // width shown to be at most 0.05 is all the checks need: the others are not read then.
  const checks = extreme ? widthChecks(0, p) : provablyNarrow(p, m) ? NARROW : checksOnTrials(p, m);
  const suppress: PresentationReason[] = [];
  if (n !== undefined && n < PRESENTATION.minN) suppress.push('n');
  if (nEff < PRESENTATION.minEffectiveN) suppress.push('n_eff');
  const narrow = (checks & NARROW) !== 0;
  if (!narrow && checks & WIDE) suppress.push('ci_width');
  else if (!narrow && checks & WIDE_FOR_P) suppress.push('ci_relative_width');
  if (suppress.length) return { level: 'suppressed', reasons: suppress, unchecked };
  const flags: PresentationReason[] = [];
  if (!narrow && checks & WIDE_FOR_COMPLEMENT) flags.push('complement_width');
  if (df !== undefined && df < PRESENTATION.minDf) flags.push('df');
  if (extreme) flags.push('extreme');
  return { level: flags.length ? 'flagged' : 'ok', reasons: flags, unchecked };
}
