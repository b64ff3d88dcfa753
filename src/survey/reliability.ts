import type { ReliabilityFlag } from './types.js';

/** When an estimate is too uncertain to be read, charted or ranked on its own. */
export interface ReliabilityThresholds {
  /** Largest coefficient of variation (se ÷ estimate) as a fraction. Default 0.30. */
  maxCv: number;
  /** Fewest respondents (unweighted). Default 100. */
  minN: number;
  /** Smallest effective sample size, n ÷ deff. Default 30. */
  minEffectiveN: number;
}

/**
 * The one place for the reliability thresholds:
 * - CV > 30%: the relative-standard-error rule of the US National Center for Health Statistics
 *   ("unreliable" above 30%), used by most statistical offices for survey estimates;
 * - effective n < 30: NCHS Data Presentation Standards for Proportions (Parker et al., 2017,
 *   Vital Health Stat 2(175)), which suppresses proportions with an effective sample size under 30;
 * - n < 100: kepu-monitor issue 5 (2024), the smallest district sample whose share we print unflagged.
 */
export const RELIABILITY: Readonly<ReliabilityThresholds> = { maxCv: 0.3, minN: 100, minEffectiveN: 30 };

/**
 * Why an estimate is unreliable (empty when it is not). `cv` is a fraction; null (estimate 0) and
 * null effective n (no design effect) raise no flag of their own.
 * @example
 * reliabilityFlags({ cv: 0.34, n: 80, nEff: 45 }); // ['cv', 'n']
 */
export function reliabilityFlags(
  stats: { cv: number | null; n: number; nEff: number | null },
  thresholds: Partial<ReliabilityThresholds> = {},
): ReliabilityFlag[] {
  const { maxCv, minN, minEffectiveN } = { ...RELIABILITY, ...thresholds };
  const flags: ReliabilityFlag[] = [];
  if (stats.cv !== null && !(stats.cv <= maxCv)) flags.push('cv');
  if (stats.n < minN) flags.push('n');
  if (stats.nEff !== null && stats.nEff < minEffectiveN) flags.push('n_eff');
  return flags;
}
