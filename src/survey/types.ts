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
 * n, n_eff, weighted_n, n_missing, cv, reliable, flags.
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
