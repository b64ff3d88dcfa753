import type { JudgementGrade } from '../data/judgements.js';
import type { PresentationLevel } from '../survey/presentation.js';

/**
 * Progress status of a target (进度状态). Labels in labels.ts; thresholds in thresholds.ts.
 * achieved 已达标 · on_track 进度正常 · behind 进度滞后 · seriously_behind 严重滞后 ·
 * regressing 倒退 · not_achieved 未达标 (the target year has come and the target is not met:
 * no pace is left to judge) · uncertain 不确定 (survey values: no verdict is likely enough to
 * state, verdict-probability.ts) · not_assessable 无法评估.
 */
export type Status = 'achieved' | 'on_track' | 'behind' | 'seriously_behind' | 'regressing' | 'not_achieved' | 'uncertain' | 'not_assessable';

/** Why a status is what it is, when that needs saying (always for not_assessable). */
export type StatusReason =
  /** A qualitative target without a recorded judgement for a year ≤ Y. */
  | 'qualitative'
  /** A qualitative target's status set by its latest recorded judgement (judged.ts). */
  | 'recorded_judgement'
  | 'no_data'
  /** The latest survey estimate ≤ Y is suppressed by the presentation standard (survey/presentation.ts). */
  | 'estimate_suppressed'
  | 'no_baseline'
  | 'no_data_since_baseline'
  | 'baseline_equals_target'
  | 'baseline_met_target'
  /** Status uncertain: the sampling error leaves no verdict with the stated probability (thresholds.verdictLevel). */
  | 'sampling_error'
  | 'target_met'
  | 'target_year_passed'
  | 'incomplete_coverage'
  | 'mixed_signs';

/** The progress-assessment methods (REFERENCE.md §3), chosen by keyword: the registry in methods/index.ts. */
import type { MethodName } from './methods/index.js';
export type { MethodName };

/** The recorded judgement (评定意见) a qualitative target's status rests on: the latest made in a year ≤ Y. */
export interface RecordedJudgement {
  grade: JudgementGrade;
  /** The year judged. */
  year: number;
  /** 依据. */
  evidence: string;
  /** 文件: the document cited, if any. */
  reference: string | null;
  /** 评定单位/评定人. */
  judge: string;
}

/** What the trend model projects for the target year. */
export interface Projection {
  model: 'linear' | 'log_linear';
  value: number;
  /** 95% prediction interval; absent with two points (no degrees of freedom left). */
  low?: number;
  high?: number;
  /** First year at which the fitted trend meets the target; null when it never does (wrong direction). */
  reachYear: number | null;
}

/**
 * One row of the evaluation table: a target in a region in evaluation year Y. Every figure a
 * report states about progress comes from these rows.
 */
export interface EvaluationRow {
  target_id: string;
  indicator: string | null;
  kind: string;
  /** target: the region the target is set for; subregion: a sub-region measured against it. */
  role: 'target' | 'subregion';
  region: string;
  region_name: string;
  /** Evaluation year Y. */
  year: number;
  /** Latest value in a year ≤ Y (for cumulative targets: the sum since the period start). */
  value: number | null;
  value_year: number | null;
  /**
   * Survey estimates: how the latest value may be shown under the presentation standard
   * (survey/presentation.ts): ok, flagged (shown, greyed, use with caution) or suppressed (not
   * shown; nothing is judged on it: status_reason estimate_suppressed). Null without one.
   */
  value_presentation: PresentationLevel | null;
  baseline: number | null;
  baseline_year: number | null;
  target: number | null;
  target_year: number;
  comparator: string | null;
  /** current ÷ target (inverted for lower-is-better). */
  completion_rate: number | null;
  /** current − baseline, in the indicator's unit (points for shares). */
  change: number | null;
  /** Sub-region rows: the parent's value in the same year, and this value minus it (now and at the baseline year). */
  parent_value: number | null;
  gap_to_parent: number | null;
  base_gap_to_parent: number | null;
  /** (current − baseline) ÷ (target − baseline). */
  distance_progress: number | null;
  /** 序时进度: (Y − baseline year) ÷ (target year − baseline year). */
  time_progress: number | null;
  /** distance_progress ÷ time_progress. */
  schedule_ratio: number | null;
  /** The growth-based ratio of the chosen method (CAGR ratio, or UNSD-2023's P). */
  growth_ratio: number | null;
  /** The method's own class (on_track, moderate, limited, deterioration, fair, …). */
  method_class: string | null;
  method: MethodName;
  status: Status;
  status_reason: StatusReason | null;
  projected_value: number | null;
  projected_low: number | null;
  projected_high: number | null;
  projection_model: string | null;
  reach_year: number | null;
  /**
   * 需年均 (required-pace.ts): for a level or cumulative target not met, with its year still ahead
   * of the latest value, the change a year needed to meet it on time, in the indicator's unit
   * (points for a share; negative when the value must fall; for a cumulative target, the amount
   * each remaining year must add). Null otherwise.
   */
  required_annual_change: number | null;
  /** The same as compound growth a year (0.05 = 5%), for a level target on a positive quantity that is not a share. */
  required_annual_growth: number | null;
  /** Whether the change since baseline is distinguishable from zero (survey values with SEs only). */
  change_significant: boolean | null;
  /**
   * Survey values (a standard error on the latest value or the baseline): the probability of each
   * status under the sampling distribution (verdict-probability.ts), those with none left out.
   * Null for values without a standard error.
   */
  status_probabilities: Partial<Record<Status, number>> | null;
  /** The likeliest status of status_probabilities (the status itself unless it is uncertain), and its probability. */
  likeliest_status: Status | null;
  status_probability: number | null;
  /**
   * Level targets with a baseline: the status each progress method gives on the same values
   * (methods/index.ts), and whether they all agree. Null where no method applies.
   */
  method_statuses: Partial<Record<MethodName, Status>> | null;
  methods_agree: boolean | null;
  /**
   * How many comply, of how many: sub-regions for per-sub-region targets, years for annual ones,
   * years reported for cumulative ones. Counts, never a worded "6/8": wording is the report's.
   */
  compliant: number | null;
  compliance_of: number | null;
  /**
   * What does not comply: the codes of the sub-regions (per-sub-region targets) or the years
   * (annual targets; cumulative ones: the years not reported), those without a value among them.
   */
  failing: string[] | null;
  /** The sub-regions or years of `failing` that have no value ≤ Y (did not report). */
  unreported: string[] | null;
  unit: string | null;
  direction: 'higher' | 'lower' | null;
  /**
   * 小区域估计 (kepu.config.yaml small_area; src/survey/sae/): on a sub-region row of the modelled
   * share and survey year, the Fay–Herriot estimate beside the direct `value` — never instead of
   * it: the status is judged on `value`. Its root MSE (approximate when benchmarked), the weight γ
   * the direct estimate gets in it, whether it was benchmarked to the parent's direct estimate, and
   * the method. All null on other rows and when no model is configured.
   */
  small_area_estimate: number | null;
  small_area_rmse: number | null;
  small_area_gamma: number | null;
  small_area_benchmarked: boolean | null;
  small_area_method: 'fay_herriot' | null;
  /** Qualitative targets judged (status_reason recorded_judgement): the judgement the status rests on. */
  judgement?: RecordedJudgement;
}
