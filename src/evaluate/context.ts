import type { Regions } from '../data/types.js';
import type { Indicator, SeriesPoint } from '../indicators/types.js';
import type { Plan, Target } from '../plan/types.js';
import type { ProgressMethod } from './methods/index.js';
import { NO_SMALL_AREA } from './small-area.js';
import type { Thresholds } from './thresholds.js';
import type { StatusProbabilities } from './verdict-probability.js';
import type { EvaluationRow, MethodName } from './types.js';

/** Everything a target evaluator needs, prepared once per evaluation. */
export interface EvaluationContext {
  plan: Plan;
  year: number;
  methodName: MethodName;
  method: ProgressMethod;
  thresholds: Thresholds;
  regions: Regions;
  indicators: ReadonlyMap<string, Indicator>;
  /** Observed-or-computed values of one region and indicator (group total), sorted by year. */
  series(region: string, indicator: string): readonly SeriesPoint[];
  /**
   * The sampling-error integrations made so far in this evaluation (verdictProbabilities), by
   * what they depend on besides this context (evaluateLevel's key). A region's row is judged again
   * wherever another target lists it: a national plan's city targets are rows of their province's
   * too, and half of its 5,700 integrations were made twice.
   */
  probabilities: Map<string, StatusProbabilities | null>;
}

/** A row with every field empty but the identifying ones; evaluators fill in what they know. */
export function blankRow(ctx: EvaluationContext, target: Target, region: string, role: 'target' | 'subregion'): EvaluationRow {
  const indicator = target.indicator ? ctx.indicators.get(target.indicator) : undefined;
  return {
    target_id: target.id,
    indicator: target.indicator ?? null,
    kind: target.kind,
    role,
    region,
    region_name: ctx.regions.byCode.get(region)?.name ?? region,
    year: ctx.year,
    value: null,
    value_year: null,
    value_presentation: null,
    baseline: null,
    baseline_year: null,
    target: target.value ?? null,
    target_year: target.year,
    comparator: target.comparator ?? null,
    completion_rate: null,
    change: null,
    parent_value: null,
    gap_to_parent: null,
    base_gap_to_parent: null,
    distance_progress: null,
    time_progress: null,
    schedule_ratio: null,
    growth_ratio: null,
    method_class: null,
    method: ctx.methodName,
    status: 'not_assessable',
    status_reason: null,
    projected_value: null,
    projected_low: null,
    projected_high: null,
    projection_model: null,
    reach_year: null,
    required_annual_change: null,
    required_annual_growth: null,
    change_significant: null,
    status_probabilities: null,
    likeliest_status: null,
    status_probability: null,
    method_statuses: null,
    methods_agree: null,
    compliant: null,
    compliance_of: null,
    unreported: null,
    failing: null,
    unit: target.unit ?? indicator?.unit ?? null,
    direction: indicator ? directionOf(target, indicator) : null,
    ...NO_SMALL_AREA,
  };
}

/** Which way is progress: from the comparator (≥ up, ≤ down), else the indicator's direction. */
export function directionOf(target: Target, indicator: Indicator | undefined): 'higher' | 'lower' {
  if (target.comparator === '>' || target.comparator === '>=') return 'higher';
  if (target.comparator === '<' || target.comparator === '<=') return 'lower';
  return indicator?.direction ?? 'higher';
}

/** Whether a value meets the target's comparator. */
export function meets(value: number, target: Target): boolean {
  const t = target.value!;
  switch (target.comparator) {
    case '>': return value > t;
    case '>=': return value >= t;
    case '<': return value < t;
    case '<=': return value <= t;
    default: return Math.abs(value - t) < 1e-9;
  }
}

/** 序时进度 from a start year: (Y − t0) / (T − t0), clamped to [0, 1]. */
export function timeElapsed(t0: number, Y: number, T: number): number {
  return T === t0 ? 1 : Math.min(1, Math.max(0, (Y - t0) / (T - t0)));
}
