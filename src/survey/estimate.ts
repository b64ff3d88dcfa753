import type { Issue } from '../errors/index.js';
import { InputError, issue, warning } from '../errors/index.js';
import { resolveColumn } from './columns.js';
import type { Interval } from './variance/confidence-interval.js';
import { proportionInterval, waldInterval } from './variance/confidence-interval.js';
import { allRows } from './all-rows.js';
import { degreesOfFreedom, designDegreesOfFreedom } from './variance/degrees-of-freedom.js';
import type { Domain } from './domains.js';
import { sharedDomains } from './domains.js';
import type { LinearEstimate } from './estimators/linear-estimate.js';
import { surveyMean } from './estimators/mean.js';
import { surveyRatio } from './estimators/ratio.js';
import type { ReliabilityThresholds } from './reliability.js';
import { RELIABILITY, reliabilityFlags } from './reliability.js';
import { classifyPresentation } from './presentation.js';
import { surveyTotal } from './estimators/total.js';
import type { SurveyDesignOptions } from './design.js';
import { surveyDesign } from './design.js';
import type { CalibrationReport, CiMethod, DesignSpec, EstimateRow, ReplicateMethod, Stat, SurveyDesign, SurveyTable } from './types.js';
import { binaryOf, numbersOf } from './values.js';

export interface EstimateOptions extends SurveyDesignOptions {
  /** The column to estimate (the numerator of a ratio). */
  variable: string;
  /** Default: 'mean'. A proportion needs 0/1 values and is reported in percent. */
  stat?: Stat;
  /** Denominator column of a ratio. */
  denominator?: string;
  /** Domain columns, cross-classified (district and urban/rural → one row per district × urban/rural). Default: none. */
  by?: readonly string[];
  /** Add the whole-sample row (by = {}) before the domains. Default: true. */
  total?: boolean;
  /** Interval for proportions. Default: 'beta' (Korn–Graubard, the NCHS standard for small domains). */
  ci?: CiMethod;
  /** Confidence level. Default: 0.95. */
  level?: number;
  /** Reliability thresholds. Default: RELIABILITY (reliability.ts). */
  reliability?: Partial<ReliabilityThresholds>;
}

/** Estimates with the design that produced them. */
export interface SurveyEstimates {
  rows: EstimateRow[];
  /** Non-fatal problems: blank domain values, equal weights assumed, unreliable estimates. */
  warnings: Issue[];
  design: DesignSummary;
}

/** What the output says about the design. */
export interface DesignSummary {
  spec: DesignSpec;
  respondents: number;
  strata: number;
  psus: number;
  /** SSUs, when the two-stage formula is used. */
  ssus?: number;
  /** Strata with a single PSU (handled by spec.lonelyPsu). */
  lonelyStrata: number;
  /** Degrees of freedom of the whole sample. */
  df: number;
  /** How standard errors were computed: Taylor linearisation or replicate weights. */
  variance: 'linearization' | ReplicateMethod;
  /** Number of replicates, with replicate weights. */
  replicates?: number;
  /** The bootstrap's seed. */
  seed?: string;
  /** The calibration's convergence report, when the weights were calibrated. */
  calibration?: CalibrationReport;
}

/**
 * Design-based estimates of a variable for the whole sample and each domain, with standard errors
 * (Taylor linearisation, or replicate weights with `replicates`), confidence intervals, design
 * effects and reliability flags, on weights optionally calibrated to population margins
 * (`calibration`: post-stratification or raking). Domains are estimated on the full design (not by
 * subsetting); missing values are left out the way R's na.rm = TRUE does and counted as n_missing.
 * Throws an InputError listing every problem of the design or the data.
 * @example
 * const { rows, design } = estimate(table, {
 *   variable: 'literate', stat: 'proportion', by: ['区县'], ci: 'beta',
 *   design: { weights: '权重', strata: '层', clusters: ['村居编号'] },
 *   calibration: { margins }, replicates: { method: 'jkn' },
 * }); // design.calibration.converged
 */
export function estimate(table: SurveyTable, options: EstimateOptions): SurveyEstimates {
  const { stat = 'mean', by = [], total = true, ci = 'beta', level = 0.95, reliability = {} } = options;
  const issues: Issue[] = [];
  if (!(level > 0 && level < 1)) issues.push(issue('SURVEY_BAD_LEVEL', { value: level }));
  if (stat === 'ratio' && options.denominator === undefined) issues.push(issue('SURVEY_NO_DENOMINATOR', {}));
  const column = (name: string, role: string) => {
    const found = resolveColumn(table, name, role);
    if (found.issue) issues.push(found.issue);
    return found.column;
  };
  const variable = column(options.variable, 'variable');
  const denominator = stat === 'ratio' && options.denominator !== undefined ? column(options.denominator, 'denominator') : undefined;
  const byColumns = by.map((b) => column(b, 'domain'));
  const built = surveyDesign(table, options);
  issues.push(...built.issues);
  if (issues.some((i) => i.severity === 'error')) throw new InputError(issues);

  // The memoised readings themselves, not copies: estimation only reads them.
  const read = stat === 'proportion' ? binaryOf(table, variable!) : numbersOf(table, variable!);
  const x = denominator ? numbersOf(table, denominator) : undefined;
  issues.push(...read.issues, ...(x?.issues ?? []));
  const values = read.values;
  const has = respondentsWithValue(values, x?.values);
  const observed = has ? has.reduce((sum, h) => sum + h, 0) : table.length;
  if (!read.issues.length && observed === 0) issues.push(issue('SURVEY_NO_OBSERVATIONS', { column: variable! }));
  if (issues.some((i) => i.severity === 'error')) throw new InputError(issues);

  const design = built.design!;
  const split = byColumns.length ? sharedDomains(table, byColumns as string[]) : { domains: [], issues: [] };
  const domains: readonly Domain[] = [...(total || !byColumns.length ? [{ by: {}, rows: allRows(table.length) }] : []), ...split.domains];
  const warnings = [...issues.filter((i) => i.severity === 'warning'), ...split.issues];
  const thresholds = { ...RELIABILITY, ...reliability };
  const rows = domains.map((domain) => {
    const used = has ? withValue(domain.rows, has) : domain.rows;
    const linear = used.length === 0 ? undefined : statistic(stat, design, values, x?.values, used);
    if (linear && stat === 'ratio' && !Number.isFinite(linear.estimate)) {
      warnings.push(warning('SURVEY_ZERO_DENOMINATOR', { column: denominator!, domain: domainLabel(domain.by) }));
    }
    return toRow(stat, domain, used, linear, design, { ci, level, thresholds });
  });
  const unreliable = rows.filter((r) => !r.reliable).map((r) => domainLabel(r.by));
  if (unreliable.length) warnings.push(warning('SURVEY_UNRELIABLE', { domains: unreliable, ...thresholds }));
  return { rows, warnings, design: summarize(design, built.calibration) };
}

/** The domain as one label: its values joined by " · " ('' for the whole sample). */
export function domainLabel(by: Record<string, string>): string {
  return Object.values(by).join(' · ');
}

function statistic(stat: Stat, design: SurveyDesign, y: Float64Array, x: Float64Array | undefined, rows: Int32Array): LinearEstimate {
  if (stat === 'total') return surveyTotal(design, y, rows);
  if (stat === 'ratio') return surveyRatio(design, y, x!, rows);
  return surveyMean(design, y, rows);
}

function toRow(
  stat: Stat,
  domain: Domain,
  used: Int32Array,
  linear: LinearEstimate | undefined,
  design: SurveyDesign,
  options: { ci: CiMethod; level: number; thresholds: ReliabilityThresholds },
): EstimateRow {
  const { ci, level, thresholds } = options;
  const scale = stat === 'proportion' ? 100 : 1;
  // Every respondent (the whole sample, nobody missing): the design's df, without a pass over them.
  const df = used.length === design.n ? designDegreesOfFreedom(design) : degreesOfFreedom(design, used);
  const n = used.length;
  const base = {
    by: { ...domain.by }, stat, unit: stat === 'proportion' ? ('%' as const) : ('' as const), level,
    ci_method: stat === 'proportion' ? ci : ('wald' as const), df, n, n_missing: domain.rows.length - n,
  };
  if (!linear || !Number.isFinite(linear.estimate)) {
    return { ...base, estimate: null, se: null, ci_low: null, ci_high: null, deff: null, n_eff: null, weighted_n: linear?.weightedN ?? 0, cv: null, reliable: false, flags: ['n'], presentation: { level: 'suppressed', reasons: ['n'], unchecked: [] } };
  }
  const input = { estimate: linear.estimate, variance: linear.variance, n, df, level };
  const interval: Interval = stat === 'proportion' ? proportionInterval(ci, input) : waldInterval(input);
  const se = Math.sqrt(linear.variance);
  const cv = linear.estimate !== 0 && Number.isFinite(se) ? se / Math.abs(linear.estimate) : null;
  const nEff = linear.deff !== null && linear.deff > 0 ? n / linear.deff : null;
  const flags = reliabilityFlags({ cv, n, nEff }, thresholds);
  if (!Number.isFinite(se) && !flags.includes('cv')) flags.unshift('cv'); // no standard error: nothing to judge it by
  if (!(df >= 1)) flags.push('df');
  const finite = (v: number) => (Number.isFinite(v) ? v * scale : null);
  return {
    ...base,
    estimate: linear.estimate * scale,
    se: finite(se),
    ci_low: finite(interval[0]),
    ci_high: finite(interval[1]),
    deff: linear.deff,
    n_eff: nEff,
    weighted_n: linear.weightedN,
    cv: cv === null ? null : cv * 100,
    reliable: flags.length === 0,
    flags,
    presentation: classifyPresentation({ kind: stat === 'proportion' ? 'proportion' : 'other', estimate: linear.estimate, se, n, df }),
  };
}

/** 1 for each respondent with a value (and a denominator); undefined when everyone has one. */
function respondentsWithValue(values: Float64Array, x: Float64Array | undefined): Uint8Array | undefined {
  if (!hasMissing(values) && (!x || !hasMissing(x))) return undefined;
  const has = new Uint8Array(values.length);
  for (let r = 0; r < values.length; r++) has[r] = Number.isNaN(values[r]!) || (x && Number.isNaN(x[r]!)) ? 0 : 1;
  return has;
}

// Whether a memoised column (numbersOf, binaryOf) has a missing value, looked up once per column.
const missingIn = new WeakMap<Float64Array, boolean>();

function hasMissing(values: Float64Array): boolean {
  let missing = missingIn.get(values);
  if (missing === undefined) {
    missing = false;
    for (let r = 0; r < values.length && !missing; r++) missing = Number.isNaN(values[r]!);
    missingIn.set(values, missing);
  }
  return missing;
}

/** The domain's respondents that have a value. */
function withValue(rows: Int32Array, has: Uint8Array): Int32Array {
  let count = 0;
  for (let k = 0; k < rows.length; k++) count += has[rows[k]!]!;
  const used = new Int32Array(count);
  for (let k = 0, j = 0; k < rows.length; k++) if (has[rows[k]!]) used[j++] = rows[k]!;
  return used;
}

function summarize(design: SurveyDesign, calibration: CalibrationReport | undefined): DesignSummary {
  const summary: DesignSummary = {
    spec: structuredClone(design.spec),
    respondents: design.n,
    strata: design.strata.length,
    psus: design.psus.length,
    lonelyStrata: design.strata.filter((s) => s.psuEnd - s.psuStart === 1).length,
    df: designDegreesOfFreedom(design),
    variance: design.replicates?.method ?? 'linearization',
  };
  if (design.ssuOf) summary.ssus = design.psus.at(-1)?.ssuEnd ?? 0;
  if (design.replicates) summary.replicates = design.replicates.count;
  if (design.replicates?.method === 'bootstrap') summary.seed = design.replicates.seed;
  if (calibration) summary.calibration = calibration;
  return summary;
}
