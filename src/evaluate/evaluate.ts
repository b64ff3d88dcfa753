import type { Judgement } from '../data/judgements.js';
import type { Regions } from '../data/types.js';
import type { Indicator, IndicatorValue, SeriesOf } from '../indicators/types.js';
import type { SmallAreaModel } from '../survey/sae/types.js';
import type { Plan, Target } from '../plan/types.js';
import type { EvaluationContext } from './context.js';
import { blankRow } from './context.js';
import { closeOut } from './close-out.js';
import { judgedRow, latestJudgement } from './judged.js';
import { method as pickMethod } from './methods/index.js';
import { evaluateAnnual } from './targets/annual.js';
import { evaluateCumulative } from './targets/cumulative.js';
import { evaluateLevel } from './targets/level.js';
import { evaluatePerSubregion } from './targets/per-subregion.js';
import { attachSmallArea } from './small-area.js';
import type { DeepPartial, Thresholds } from './thresholds.js';
import { mergeThresholds } from './thresholds.js';
import type { EvaluationRow, MethodName } from './types.js';

export interface EvaluateInput {
  plan: Plan;
  /** Computed indicator values (computeIndicatorValues or the rows of computeIndicators' table). */
  values: readonly IndicatorValue[];
  /**
   * The group-total values of one region and indicator, sorted by year (computeIndicatorSeries):
   * when given, it is read instead of `values`, and only for what the targets ask.
   */
  series?: SeriesOf;
  indicators: ReadonlyMap<string, Indicator>;
  regions: Regions;
  /** Evaluation year Y. */
  year: number;
  /** Progress method. Default: 'schedule' (序时进度). */
  method?: MethodName;
  /** Threshold overrides (kepu.config.yaml evaluation.thresholds). */
  thresholds?: DeepPartial<Thresholds>;
  /** Recorded judgements of qualitative targets (the workspace's `judgements:`). Default: none. */
  judgements?: readonly Judgement[];
  /** A small-area model of the sub-regions (src/app fits it), carried beside their direct values. Default: none. */
  smallArea?: SmallAreaModel;
}

/**
 * Evaluates every target of the plan in year Y, for the region it is set for and, for shares
 * and per-capita targets, each sub-region measured against it ("who is behind").
 * Returns one row per target and region; every statement a report makes about progress comes
 * from these rows. Pure.
 * @example
 * const rows = evaluate({ plan, values, indicators, regions, year: 2024, method: 'eurostat' });
 */
export function evaluate(input: EvaluateInput): EvaluationRow[] {
  const { plan, indicators, regions, year, method = 'schedule' } = input;
  const ctx: EvaluationContext = {
    plan, year, regions, indicators, methodName: method, method: pickMethod(method), thresholds: mergeThresholds(input.thresholds),
    series: input.series ?? indexSeries(input.values), probabilities: new Map(),
  };
  const root = jurisdictionCode(plan, regions);
  const judgements = input.judgements ?? [];
  const rows = plan.targets.flatMap((t) => evaluateTarget(ctx, t, root, judgements).map(closeOut));
  return input.smallArea ? attachSmallArea(rows, input.smallArea) : rows;
}

/** The group-total values of each region and indicator, sorted by year. */
function indexSeries(values: readonly IndicatorValue[]): EvaluationContext['series'] {
  // Region → indicator → values by year; nested maps, not a `region|indicator` key per value.
  const index = new Map<string, Map<string, IndicatorValue[]>>();
  for (const v of values) {
    if (v.group !== 'total') continue;
    let byIndicator = index.get(v.region);
    if (!byIndicator) index.set(v.region, (byIndicator = new Map()));
    const list = byIndicator.get(v.indicator);
    if (list) list.push(v);
    else byIndicator.set(v.indicator, [v]);
  }
  for (const byIndicator of index.values()) for (const list of byIndicator.values()) list.sort((a, b) => a.year - b.year);
  return (region, indicator) => index.get(region)?.get(indicator) ?? [];
}

function evaluateTarget(ctx: EvaluationContext, target: Target, root: string, judgements: readonly Judgement[]): EvaluationRow[] {
  if (target.kind === 'qualitative' || !target.indicator || target.value === undefined) {
    const row: EvaluationRow = { ...blankRow(ctx, target, root, 'target'), status: 'not_assessable', status_reason: 'qualitative' };
    // Only a qualitative goal is judged: the ledger refuses a judgement of any other target.
    const judged = target.kind === 'qualitative' ? latestJudgement(judgements, target.id, ctx.year) : undefined;
    return [judged ? judgedRow(row, judged) : row];
  }
  const region = target.scope.type === 'region' ? resolveRegion(ctx.regions, target.scope.region) ?? target.scope.region : root;
  if (target.kind === 'per_subregion' || target.scope.type === 'each_subregion') return evaluatePerSubregion(ctx, target, region);
  const one = target.kind === 'annual' ? evaluateAnnual : target.kind === 'cumulative' ? evaluateCumulative : evaluateLevel;
  const rows = [one(ctx, target, region, 'target')];
  // Intensive measures (shares, per-capita ratios) mean the same in a district: show who is behind.
  const intensive = ['share', 'ratio', 'points'].includes(ctx.indicators.get(target.indicator)?.valueType ?? '');
  if (intensive && target.kind === 'level') {
    for (const child of ctx.regions.children.get(region) ?? []) rows.push(one(ctx, target, child.code, 'subregion'));
  }
  return rows;
}

/** The regions-file code of the plan's jurisdiction: its GB/T 2260 code, or the root by name. */
export function jurisdictionCode(plan: Plan, regions: Regions): string {
  if (plan.jurisdiction.code && regions.byCode.has(plan.jurisdiction.code)) return plan.jurisdiction.code;
  return resolveRegion(regions, plan.jurisdiction.name.zh) ?? regions.roots[0]?.code ?? plan.jurisdiction.code ?? plan.id;
}

function resolveRegion(regions: Regions, text: string): string | undefined {
  return regions.byCode.has(text) ? text : regions.list.find((r) => r.name === text)?.code;
}
