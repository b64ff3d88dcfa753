import { z } from 'zod';
import type { CiMethod, LonelyPsu } from '../survey/index.js';
import { ciMethods, lonelyPsuOptions } from '../survey/index.js';
import type { MethodName } from '../evaluate/methods/index.js';
import { methodNames } from '../evaluate/methods/index.js';
import { defaultThresholds } from '../evaluate/thresholds.js';
import type { PlausibilityRule } from '../indicators/plausibility/index.js';
import { defaultPlausibility, plausibilityRules } from '../indicators/plausibility/index.js';

/**
 * kepu.config.yaml: an evaluator's workspace. Paths are relative to the workspace folder.
 * docs/workspace.md describes each key.
 */
const pathList = z.union([z.string().min(1), z.array(z.string().min(1))]);
const names = z.union([z.string().min(1), z.array(z.string().min(1))]);

/**
 * One respondent file whose estimates become observations (docs/workspace.md#survey): the whole
 * sample for `region`, each sub-region by `region_column`, each group by `groups`.
 */
export const surveyEntrySchema = z.strictObject({
  /** Respondent file (CSV, XLSX, JSON). */
  file: z.string().min(1),
  /** Survey year. */
  year: z.number().int().min(1900).max(2200),
  /** Input indicator the estimates are values of. Default: literacy_share. */
  indicator: z.string().min(1).optional(),
  /** Scoring-rule file. Default: score-rules.yaml beside the file; not used with `variable`. */
  rules: z.string().min(1).optional(),
  /** A 0/1 column to estimate instead of scoring. */
  variable: z.string().min(1).optional(),
  /** Region (code or name) the whole sample represents. Default: the root of the regions file. */
  region: z.string().min(1).optional(),
  /** Column naming each respondent's sub-region (code or name). Default: 区县代码 or 区县 when present; none: false. */
  region_column: z.union([z.string().min(1), z.literal(false)]).optional(),
  /** Columns whose values are breakdown groups (城乡 → urban/rural, 性别 → male/female). Default: 城乡 when present. */
  groups: names.optional(),
  /** Design columns. Default: detected from the headers (权重, 层, 村居编号, 村居总数). */
  design: z
    .strictObject({
      weights: z.string().min(1).optional(),
      strata: z.string().min(1).optional(),
      clusters: names.optional(),
      fpc: names.optional(),
      lonely_psu: z.enum(lonelyPsuOptions as [LonelyPsu, ...LonelyPsu[]]).optional(),
    })
    .optional(),
  /** Population margins to calibrate to (variable,level,count). */
  rake: z.string().min(1).optional(),
  /** Replicate-weight variance: jk1, jkn or bootstrap:<n>:<seed>. */
  replicates: z.string().min(1).optional(),
  /** Interval for the shares. Default: beta (Korn–Graubard). */
  ci: z.enum(ciMethods as [CiMethod, ...CiMethod[]]).optional(),
  /** Let the estimates replace data-file values of the same region, year, indicator and group. Default: false (a conflict is an error). */
  replaces_data: z.boolean().optional(),
});

export type SurveyEntry = z.infer<typeof surveyEntrySchema>;

/**
 * `evaluation.thresholds`: any of the defaults (src/evaluate/thresholds.ts) overridden, and
 * nothing else — a misspelt key is refused rather than silently ignored. Built from the defaults,
 * so a threshold added there is accepted here.
 */
const thresholdsSchema = z.strictObject(
  Object.fromEntries(
    Object.entries(defaultThresholds).map(([key, value]) => [
      key,
      (typeof value === 'number' ? z.number() : z.strictObject(Object.fromEntries(Object.keys(value).map((k) => [k, z.number().optional()])))).optional(),
    ]),
  ),
);

/** Plausibility thresholds (src/indicators/plausibility/settings.ts), each optional; unknown keys refused. */
const plausibilityThresholds = Object.fromEntries(Object.keys(defaultPlausibility).map((key) => [key, z.number().positive().optional()]));

/**
 * `plausibility:` the thresholds of the plausibility warnings for the whole workspace, rules
 * switched off, and overrides per indicator id (an unknown id is refused when the workspace loads).
 */
const plausibilitySchema = z.strictObject({
  ...plausibilityThresholds,
  off: z.array(z.enum(plausibilityRules as unknown as [PlausibilityRule, ...PlausibilityRule[]])).optional(),
  indicators: z.record(z.string(), z.strictObject(plausibilityThresholds)).optional(),
});

/**
 * `responsibility`: which member unit reports which indicators and how its figures relate to the
 * sub-regions' (docs/workspace.md#reporting-responsibility). Overrides the table the plan implies.
 */
const responsibilitySchema = z.strictObject({
  /** Folder (or file) of the units' collected figures. Default: units/. */
  figures: z.string().min(1).optional(),
  /** Relative difference from the sub-regions' sum a reconcile figure may have. Default: 0.05. */
  tolerance: z.number().min(0).optional(),
  /** Per unit: false (reports nothing), or its indicators, relation, tolerance and region. */
  units: z
    .record(
      z.string().min(1),
      z.union([
        z.literal(false),
        z.strictObject({
          indicators: z.array(z.string().min(1)).optional(),
          relation: z.enum(['reconcile', 'contribution']).optional(),
          tolerance: z.number().min(0).optional(),
          /** Region (code or name) the unit's figures are for. Default: the plan's jurisdiction. */
          region: z.string().min(1).optional(),
        }),
      ]),
    )
    .optional(),
});

/**
 * `small_area`: a Fay–Herriot model of a survey share across the sub-regions, reported beside
 * their direct estimates (docs/workspace.md#small-area-estimates, docs/methods.md#small-area-estimates).
 */
const smallAreaSchema = z.strictObject({
  /** The survey share modelled. Default: literacy_share. */
  indicator: z.string().min(1).optional(),
  /** Indicator ids of sub-region statistics that explain it (urbanisation, education …), latest value up to the survey year. */
  auxiliaries: z.array(z.string().min(1)).min(1),
});

export const workspaceSchema = z.strictObject({
  /** Bundled plan id (liaocheng) or a plan file. */
  plan: z.string().min(1),
  /** Regions table (code, name, parent, level). */
  regions: z.string().min(1),
  /** Folders of local indicator definitions; they add to and override the bundled ones. */
  indicators: pathList.optional(),
  /** Observation files or folders (CSV, XLSX, JSON, Parquet). */
  data: pathList,
  /** Respondent files whose design-based estimates feed the indicator table. */
  survey: z.union([surveyEntrySchema, z.array(surveyEntrySchema)]).optional(),
  /** Task reports (分工 progress) files or folders. */
  tasks: pathList.optional(),
  /**
   * The judgement ledger of qualitative targets (评定意见) — files or folders
   * (docs/workspace.md#judgement-ledger). Files it names are never read as observations, even
   * inside the data folder.
   */
  judgements: pathList.optional(),
  /** Which member unit reports what, and how its figures relate to the sub-regions'. */
  responsibility: responsibilitySchema.optional(),
  /** Where reports are written. Default: reports/. */
  output: z.string().optional(),
  /** Language of reports and messages. Default: zh. */
  lang: z.enum(['zh', 'en']).optional(),
  /** How shares without a % sign are written in this workspace's files. Default: auto. */
  share_scale: z.enum(['auto', 'percent', 'fraction']).optional(),
  /** Evaluation settings: the progress method and threshold overrides (src/evaluate/thresholds.ts). */
  evaluation: z
    .strictObject({
      method: z.enum(methodNames as [MethodName, ...MethodName[]]).optional(),
      /** Default evaluation year. */
      year: z.number().int().optional(),
      thresholds: thresholdsSchema.optional(),
    })
    .optional(),
  /** Plausibility warnings of `kepu data check` and the report's data-quality appendix (docs/workspace.md#plausibility). */
  plausibility: plausibilitySchema.optional(),
  /** Small-area estimates of a survey share for the sub-regions (Fay–Herriot), beside the direct ones. */
  small_area: smallAreaSchema.optional(),
  /** Report style: fonts, issuing office (report issue). */
  style: z.record(z.string(), z.unknown()).optional(),
  /** Free text shown on reports made from this workspace, e.g. that its data are synthetic. */
  notice: z.strictObject({ zh: z.string(), en: z.string().optional() }).optional(),
});

export type WorkspaceConfig = z.infer<typeof workspaceSchema>;
