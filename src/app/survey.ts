import { resolve } from 'node:path';
import type { Issue } from '../errors/index.js';
import { InputError, KepuError } from '../errors/index.js';
import type { CiMethod, DesignSpec, LonelyPsu, Stat, SurveyEstimates } from '../survey/index.js';
import { detectDesign, estimate, estimateLiteracy, findScoreRules, loadMargins, loadRespondents, loadScoreRules, parseReplicates } from '../survey/index.js';

/** `kepu survey estimate`'s question: one respondent file, its design, what to estimate and by what. */
export interface EstimateSurveyOptions {
  /** Respondent file (CSV, XLSX). */
  file: string;
  /** A column to estimate; without it, the literacy share from the scoring rule. */
  variable?: string;
  /** Statistic of `variable`. Default: mean. */
  stat?: Stat;
  /** Denominator column of a ratio. */
  denominator?: string;
  /** Scoring rule file. Default: score-rules.yaml beside the file. */
  rules?: string;
  /** Design columns named by the user; they win over those recognised from the headers. */
  weights?: string;
  strata?: string;
  /** Cluster columns, first stage first. */
  clusters?: string[];
  /** Finite-population corrections per stage. */
  fpc?: string[];
  /** Recognise design columns from the headers (权重, 层, 村居编号 …). Default: true. */
  detect?: boolean;
  /** Breakdowns: each a list of columns crossed. Default: the whole sample only. */
  by?: string[][];
  ci: CiMethod;
  level: number;
  lonelyPsu?: LonelyPsu;
  /** Margins file to calibrate the weights to. */
  rake?: string;
  /** Replicate-weight variance: jk1, jkn or bootstrap:<n>:<seed>. */
  replicates?: string;
}

/**
 * `kepu survey estimate`: design-based estimates from one respondent file — one result per
 * breakdown (the first with the whole sample), and every warning of reading and estimating.
 */
export async function estimateSurvey(options: EstimateSurveyOptions): Promise<{ results: SurveyEstimates[]; breakdowns: string[][]; warnings: Issue[] }> {
  const path = resolve(options.file);
  const { table, warnings: loaded } = await loadRespondents(path);
  const detected = options.detect === false ? {} : detectDesign(table);
  // Columns named here win; naming the clusters drops the recognised fpc, which belongs to the recognised clusters.
  const design: DesignSpec = {
    weights: options.weights ?? detected.weights,
    strata: options.strata ?? detected.strata,
    clusters: options.clusters ?? detected.clusters,
    fpc: options.fpc ?? (options.clusters ? undefined : detected.fpc),
    lonelyPsu: options.lonelyPsu,
  };
  const rulesPath = options.rules ?? (options.variable ? undefined : findScoreRules(path));
  if (!options.variable && !rulesPath) throw new KepuError('SURVEY_NO_VARIABLE', {});
  const breakdowns = options.by?.length ? options.by : [[]];
  const replicates = options.replicates === undefined ? undefined : parseReplicates(options.replicates);
  if (replicates && !replicates.spec) throw new InputError(replicates.issues);
  const calibration = options.rake ? { margins: await loadMargins(resolve(options.rake)) } : undefined;
  const common = { design, ci: options.ci, level: options.level, calibration, replicates: replicates?.spec };
  const rules = options.variable ? undefined : loadScoreRules(rulesPath!);
  const results = breakdowns.map((by, i) => {
    const each = { ...common, by, total: i === 0 };
    return rules ? estimateLiteracy(table, rules, each) : estimate(table, { ...each, variable: options.variable!, stat: options.stat, denominator: options.denominator });
  });
  return { results, breakdowns, warnings: [...loaded, ...results.flatMap((r) => r.warnings)] };
}
