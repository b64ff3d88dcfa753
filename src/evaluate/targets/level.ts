import type { Target } from '../../plan/types.js';
import type { EvaluationContext } from '../context.js';
import { blankRow, directionOf, meets, timeElapsed } from '../context.js';
import { project } from '../projection.js';
import { requiredPace } from '../required-pace.js';
import { changeSignificant } from '../significance.js';
import type { EvaluationRow } from '../types.js';

/**
 * A level target (比例达到15%) for one region: latest value ≤ Y against the target, progress
 * since the baseline (the plan's, else the first observed year), the chosen growth method, a
 * projection to the target year, and, for survey values with standard errors, whether the change
 * is real. A non-significant change is never called progress or decline: not_assessable with
 * reason change_not_significant, unless the target is met.
 */
export function evaluateLevel(ctx: EvaluationContext, target: Target, region: string, role: 'target' | 'subregion'): EvaluationRow {
  const row = blankRow(ctx, target, region, role);
  const indicator = ctx.indicators.get(target.indicator!);
  const direction = directionOf(target, indicator);
  const points = ctx.series(region, target.indicator!).filter((v) => v.year <= ctx.year && v.value !== null);
  const current = points.at(-1);
  if (!current) return { ...row, status_reason: 'no_data' };
  const x = current.value!;
  const xStar = target.value!;
  row.value = x;
  row.value_year = current.year;
  row.completion_rate = direction === 'higher' ? (xStar === 0 ? null : x / xStar) : x === 0 ? null : xStar / x;

  // The plan's baseline applies to the jurisdiction it was stated for; sub-regions use their first observation.
  const planBaseline = role === 'target' ? target.baseline : undefined;
  const first = points[0]!;
  const base = planBaseline ?? (first.year < current.year ? { year: first.year, value: first.value! } : undefined);
  const baseSe = planBaseline ? points.find((p) => p.year === planBaseline.year)?.se : first.se;
  if (base) {
    row.baseline = base.value;
    row.baseline_year = base.year;
    row.change = x - base.value;
    row.time_progress = timeElapsed(base.year, ctx.year, target.year);
  }
  if (role === 'subregion') {
    // How far a district stands from its parent, now and at the baseline (问题：低于全市平均…且差距扩大).
    const parent = ctx.regions.byCode.get(region)?.parent;
    const parentAt = (year: number) => (parent ? ctx.series(parent, target.indicator!).find((v) => v.year === year)?.value ?? null : null);
    row.parent_value = parentAt(current.year);
    row.gap_to_parent = row.parent_value === null ? null : x - row.parent_value;
    const parentBase = base ? parentAt(base.year) : null;
    row.base_gap_to_parent = base && parentBase !== null ? base.value - parentBase : null;
  }

  const series = [...(planBaseline && !points.some((p) => p.year === planBaseline.year) ? [{ year: planBaseline.year, value: planBaseline.value }] : []),
    ...points.filter((p) => !base || p.year >= base.year).map((p) => ({ year: p.year, value: p.value! }))].sort((a, b) => a.year - b.year);
  const projection = project(series, target.year, xStar, { bounded: indicator?.valueType === 'share' });
  if (projection) {
    row.projected_value = projection.value;
    row.projected_low = projection.low ?? null;
    row.projected_high = projection.high ?? null;
    row.projection_model = projection.model;
    row.reach_year = meets(x, target) ? current.year : projection.reachYear;
  }

  if (meets(x, target)) return { ...row, status: 'achieved', status_reason: 'target_met' };
  const pace = requiredPace({ value: x, from: current.year, year: ctx.year, target: xStar, targetYear: target.year, share: indicator?.valueType === 'share' || indicator?.valueType === 'points' });
  row.required_annual_change = pace.change;
  row.required_annual_growth = pace.growth;
  // No baseline value: the plan states none and only one year was reported (here points is never
  // empty), so there is nothing to measure progress from. A baseline with no later value is the
  // other case, and the one "no data since the baseline" means.
  if (!base) return { ...row, status_reason: 'no_baseline' };
  if (current.year <= base.year) return { ...row, status_reason: 'no_data_since_baseline' };
  if (base.value === xStar) return { ...row, status: 'regressing', status_reason: 'baseline_equals_target' };
  // A baseline beyond the target and a value that now misses it went backwards; the methods' ratios
  // would call it progress (d = (x − x0)/(x* − x0) > 1 when both differences are negative).
  if (meets(base.value, target)) return { ...row, status: 'regressing', status_reason: 'baseline_met_target' };

  row.distance_progress = (x - base.value) / (xStar - base.value);
  row.schedule_ratio = row.time_progress ? row.distance_progress / row.time_progress : null;
  const verdict = ctx.method({ x0: base.value, t0: base.year, x, t: current.year, target: xStar, T: target.year, Y: ctx.year, direction }, ctx.thresholds);
  row.growth_ratio = verdict.ratio;
  row.method_class = verdict.methodClass;
  row.change_significant = changeSignificant(base.value, baseSe, x, current.se, ctx.thresholds.significanceZ);
  if (row.change_significant === false) return { ...row, status: 'not_assessable', status_reason: 'change_not_significant' };
  return { ...row, status: verdict.status, status_reason: ctx.year >= target.year ? 'target_year_passed' : null };
}
