import type { Presentation } from './presentation.js';
import type { Where } from '../errors/index.js';

/**
 * The vocabulary of the survey stage: respondent microdata (调查样本) in, design-based estimates
 * with standard errors out.
 */

/** What a respondent-file column is for, as recognised from its header (see columns.ts). */
export type SurveyRole =
  | 'respondent' | 'weight' | 'stratum' | 'psu' | 'ssu' | 'fpc' | 'fpc2'
  | 'district' | 'district_code' | 'urban_rural' | 'gender' | 'age' | 'age_group' | 'education' | 'occupation'
  | 'literate';

/**
 * Respondent microdata as columns: header → one cell per respondent, as read (text from CSV,
 * numbers from XLSX). Boundary table; the columns are whatever the file has.
 */
export interface SurveyTable {
  columns: Readonly<Record<string, readonly unknown[]>>;
  /** Number of respondents. */
  length: number;
  /** Columns whose header names a role (权重 → weight), found once at the door. */
  roles?: Partial<Record<SurveyRole, string>>;
  /** Where the table was read from, so that problems name file, row and column. */
  source?: TableSource;
}

export interface TableSource {
  file: string;
  /** The spreadsheet row of each respondent (header = row 1). */
  rows: readonly number[];
  /** The column letter of each header (科学知识 → K). */
  letters: Readonly<Record<string, string>>;
}

/**
 * What to do with a stratum that has a single PSU (as R's options(survey.lonely.psu)):
 * fail (refuse, the default), remove and certainty (no contribution to the variance), adjust
 * (centre the PSU total at the grand mean, zero, instead of the stratum mean), average (give the
 * stratum the average variance of the other strata).
 */
export type LonelyPsu = 'fail' | 'remove' | 'certainty' | 'adjust' | 'average';
export const lonelyPsuOptions: readonly LonelyPsu[] = ['fail', 'remove', 'certainty', 'adjust', 'average'];

/** The sampling design as the file's columns describe it. */
export interface DesignSpec {
  /** Sampling-weight column. Default: from the fpc columns (N/n per stage) if given, else 1 for everyone. */
  weights?: string;
  /** Stratum column. Default: one stratum. */
  strata?: string;
  /** Cluster columns, first stage first: [psu] or [psu, ssu]. Default: none (each respondent its own PSU). */
  clusters?: readonly string[];
  /**
   * Finite-population correction per stage: a population count (N ≥ n, the number of PSUs in the
   * stratum, or of SSUs in the PSU) or a sampling fraction (0 < f ≤ 1). Default: none (sampling with
   * replacement). With fpcs for both stages the full two-stage variance is used; otherwise the
   * ultimate-cluster (first-stage) variance.
   */
  fpc?: readonly string[];
  /** Single-PSU strata. Default: 'fail'. */
  lonelyPsu?: LonelyPsu;
}

/** One stratum of a built design, its PSUs at indices [psuStart, psuEnd). */
export interface Stratum {
  label: string;
  psuStart: number;
  psuEnd: number;
  /** n/N, the first-stage sampling fraction; 0 when sampled with replacement (no fpc). */
  fraction: number;
}

/** One PSU of a built design, its SSUs at indices [ssuStart, ssuEnd) (multistage designs only). */
export interface Psu {
  label: string;
  stratum: number;
  ssuStart: number;
  ssuEnd: number;
  /** m/M, the second-stage sampling fraction within this PSU; 0 without a second-stage fpc. */
  fraction: number;
}

/**
 * One calibration margin (校准总体边际): the population count of each category of a respondent
 * column, or of a cross of columns (gender × age band), as a census or register gives it.
 */
export interface Margin {
  /** The respondent columns: one, or two or more for a crossed variable. */
  variables: readonly string[];
  categories: readonly MarginCategory[];
  /** Where the margins file first names the variable, for messages. */
  where?: Where;
}

/** A category of a margin and its population count. */
export interface MarginCategory {
  /** The category's value of each of the margin's variables, in order. */
  level: readonly string[];
  count: number;
  /** Where the margins file states it, for messages. */
  where?: Where;
}

/**
 * Calibration of the weights to population margins: post-stratification when there is one margin
 * (one variable or a crossed one), raking (iterative proportional fitting) when there are several.
 */
export interface CalibrationSpec {
  margins: readonly Margin[];
  /** Stop raking when every margin is met within this relative error. Default: 1e-10. */
  tolerance?: number;
  /** Most raking iterations (passes over all margins). Default: 100. */
  maxIterations?: number;
}

/** How raking went: the convergence report. */
export interface CalibrationReport {
  method: 'poststratify' | 'rake';
  /** The margins' variables, crossed ones joined by ×. */
  margins: string[];
  /** Passes over all the margins. */
  iterations: number;
  /** Largest relative change of a weight in the last iteration. */
  maxRelativeChange: number;
  /** Largest relative gap between a weighted category total and its population count at the end. */
  maxMarginError: number;
  converged: boolean;
  tolerance: number;
  /** Σ of the calibrated weights. */
  population: number;
}

/**
 * A calibrated design's link from respondents to margins: the categories and cells the calibration
 * used, kept for the residual (g-weight) variance and for calibrating replicate weights.
 */
export interface Calibration {
  method: 'poststratify' | 'rake';
  /** Category of each respondent in each margin. */
  categoryOf: readonly Int32Array[];
  /** Population count of each category of each margin. */
  targets: readonly Float64Array[];
  /** Cell (one combination of categories of all margins) of each respondent. */
  cellOf: Int32Array;
  /** Category of each cell in each margin. */
  cellCategory: readonly Int32Array[];
  /** The weights before calibration. */
  baseWeights: Float64Array;
}

/** Replicate-weight variance methods: jackknife (one PSU left out per replicate) and bootstrap. */
export type ReplicateMethod = 'jk1' | 'jkn' | 'bootstrap';
export const replicateMethods: readonly ReplicateMethod[] = ['jk1', 'jkn', 'bootstrap'];

/** Which replicate weights to make; the bootstrap's draws come from a seeded stream. */
export type ReplicateSpec = { method: 'jk1' | 'jkn' } | { method: 'bootstrap'; replicates: number; seed: string };

/**
 * Replicate weights: the weight of respondent r in replicate k is its weight times a factor of its
 * PSU (and, after calibration, a factor of its cell). Variance = scale · Σ_k rscales_k (θ_k − θ̄)².
 * A jackknife replicate leaves out one PSU; a bootstrap replicate holds drawn factors.
 */
export type ReplicateWeights = JackknifeReplicates | BootstrapReplicates;

interface ReplicateCommon {
  count: number;
  scale: number;
  rscales: Float64Array;
  /**
   * Per stratum: 0 its PSUs are resampled, 1 they keep factor 1 in every replicate (a single PSU,
   * or a census), 2 a single PSU with its own 'adjust' replicate. Used for the degrees of freedom.
   */
  stratumKind: Uint8Array;
  /** After calibration: each replicate's factor of each cell, replicate k's at [k·cells, (k+1)·cells). */
  cellFactors?: Float64Array;
}

/**
 * Replicate k: PSU deleted[k] gets 0; with scaledStratum[k] = h, the other PSUs of stratum h get
 * inFactor[k] = n_h/(n_h − 1) and all others outFactor[k] = 1; with scaledStratum[k] = −1 (a single-PSU
 * stratum under 'adjust') every other PSU gets outFactor[k].
 */
export interface JackknifeReplicates extends ReplicateCommon {
  method: 'jk1' | 'jkn';
  deleted: Int32Array;
  scaledStratum: Int32Array;
  inFactor: Float64Array;
  outFactor: Float64Array;
}

/** Replicate k's factor of PSU p at factors[k · PSUs + p]. */
export interface BootstrapReplicates extends ReplicateCommon {
  method: 'bootstrap';
  factors: Float64Array;
  seed: string;
}

/** A design ready for estimation: every respondent mapped to integer stratum, PSU and SSU codes. */
export interface SurveyDesign {
  n: number;
  weights: Float64Array;
  stratumOf: Int32Array;
  psuOf: Int32Array;
  /** SSU of each respondent; only for a two-stage design with fpcs at both stages. */
  ssuOf?: Int32Array;
  strata: readonly Stratum[];
  psus: readonly Psu[];
  lonelyPsu: LonelyPsu;
  /** The columns used, for the output's description of the design. */
  spec: DesignSpec;
  /** Set when the weights were calibrated to population margins (weights are then the calibrated ones). */
  calibration?: Calibration;
  /** Set when variances come from replicate weights instead of Taylor linearisation. */
  replicates?: ReplicateWeights;
}

/** Statistics: a weighted mean, a proportion (mean of a 0/1 variable), a total or a ratio of totals. */
export type Stat = 'mean' | 'proportion' | 'total' | 'ratio';
export const statNames: readonly Stat[] = ['mean', 'proportion', 'total', 'ratio'];

/** Confidence intervals for a proportion (means, totals and ratios always use Wald with t). */
export type CiMethod = 'wald' | 'logit' | 'wilson' | 'beta';
export const ciMethods: readonly CiMethod[] = ['wald', 'logit', 'wilson', 'beta'];

/**
 * Why an estimate is flagged unreliable (see reliability.ts for the thresholds); 'df' when the
 * domain's respondents sit in a single PSU per stratum, leaving no degrees of freedom for an interval.
 */
export type ReliabilityFlag = 'cv' | 'n' | 'n_eff' | 'df';

/**
 * One estimate: the whole sample (by = {}) or one domain. For a proportion the estimate, se and
 * interval are in percent (unit '%'); cv is in percent for every statistic.
 * Boundary table columns: by, stat, unit, estimate, se, ci_low, ci_high, level, ci_method, df, deff,
 * n, n_eff, weighted_n, n_missing, cv, reliable, flags, presentation.
 */
export interface EstimateRow {
  /** Domain: column → value ({} for the whole sample). */
  by: Record<string, string>;
  stat: Stat;
  unit: '%' | '';
  estimate: number | null;
  se: number | null;
  ci_low: number | null;
  ci_high: number | null;
  /** Confidence level, e.g. 0.95. */
  level: number;
  ci_method: CiMethod;
  /** Degrees of freedom of the t quantile: PSUs − strata in the domain (as R's degf). */
  df: number;
  /** Design effect against simple random sampling without replacement of the same size. */
  deff: number | null;
  /** Unweighted number of respondents with a value. */
  n: number;
  /** Effective sample size, n ÷ deff. */
  n_eff: number | null;
  /** Sum of the weights of those respondents (estimated population). */
  weighted_n: number;
  /** Respondents of the domain without a value (left out as R's na.rm = TRUE does, design kept whole). */
  n_missing: number;
  /** Coefficient of variation, se ÷ estimate, in percent. */
  cv: number | null;
  reliable: boolean;
  flags: ReliabilityFlag[];
  /** How the estimate may be shown under the presentation standard (presentation.ts). */
  presentation: Presentation;
}

/**
 * How a respondent is judged literate (具备科学素质), from the rule file beside the data
 * (score-rules.yaml): a 0/1 column, or dimension scores (read from columns or summed from item
 * answers against an answer key) with a total or per-dimension threshold.
 */
export type ScoreRules =
  | { basis: 'column'; column: string; method?: string; name?: string }
  | { basis: 'scores'; dimensions: ScoreDimension[]; rule: ScoreRule; method?: string; name?: string };

/** A scored dimension (科学知识 40 分 …): its score from one column, or from its items. */
export interface ScoreDimension {
  id: string;
  name?: string;
  max: number;
  column?: string;
  items?: ScoreItem[];
}

/** One question: the answer column, the accepted answers (any one scores) and its points. */
export interface ScoreItem {
  column: string;
  key: string[];
  points: number;
}

/** Total score ≥ a threshold (the 2024 standard: 70 of 100), or every listed dimension ≥ its own. */
export type ScoreRule = { kind: 'total'; atLeast: number } | { kind: 'each'; atLeast: Record<string, number> };
