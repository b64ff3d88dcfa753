import type { Target } from '../../plan/types.js';
import type { EvaluationContext } from '../context.js';
import { blankRow, meets } from '../context.js';
import { project } from '../projection.js';
import { requiredPace } from '../required-pace.js';
import type { EvaluationRow } from '../types.js';
import { range } from './annual.js';

/**
 * A cumulative target (期间累计培训1.5万人次): the sum of the yearly values from the period's
 * start to Y, against the pro-rata share of the target for the years elapsed (inclusive:
 * 2021–2023 of 2021–2025 is 3/5). Status by the schedule thresholds on (sum ÷ target) ÷ (years
 * elapsed ÷ years); projection of the running sum to the target year.
 */
export function evaluateCumulative(ctx: EvaluationContext, target: Target, region: string, role: 'target' | 'subregion'): EvaluationRow {
  const row = blankRow(ctx, target, region, role);
  const start = ctx.plan.period.start;
  const last = Math.min(ctx.year, target.year);
  const byYear = new Map(ctx.series(region, target.indicator!).filter((v) => v.value !== null).map((v) => [v.year, v.value!]));
  const years = range(start, last);
  const reported = years.filter((y) => byYear.has(y));
  if (reported.length === 0) return { ...row, status_reason: 'no_data' };
  let running = 0;
  const cumulative = reported.map((y) => ({ year: y, value: (running += byYear.get(y)!) }));
  const sum = running;
  const xStar = target.value!;
  const distance = sum / xStar;
  const time = (last - start + 1) / (target.year - start + 1);
  const missing = years.filter((y) => !byYear.has(y));
  const filled: EvaluationRow = {
    ...row,
    value: sum,
    value_year: reported.at(-1)!,
    baseline: 0,
    baseline_year: start - 1,
    completion_rate: distance,
    distance_progress: distance,
    time_progress: time,
    schedule_ratio: distance / time,
    compliant: reported.length,
    compliance_of: years.length,
    failing: missing.map(String),
    unreported: missing.map(String),
  };
  const projection = project([{ year: start - 1, value: 0 }, ...cumulative], target.year, xStar);
  if (projection) {
    Object.assign(filled, {
      projected_value: projection.value, projected_low: projection.low ?? null, projected_high: projection.high ?? null,
      projection_model: projection.model, reach_year: meets(sum, target) ? reported.at(-1)! : projection.reachYear,
    });
  }
  if (meets(sum, target)) return { ...filled, status: 'achieved', status_reason: 'target_met' };
  // What each remaining year must add: the rest of the total over the years to come.
  filled.required_annual_change = requiredPace({ value: sum, from: reported.at(-1)!, year: ctx.year, target: xStar, targetYear: target.year, share: true }).change;
  const { onTrack, behind } = ctx.thresholds.schedule;
  const ratio = distance / time;
  return { ...filled, method_class: 'schedule', status: ratio >= onTrack ? 'on_track' : ratio >= behind ? 'behind' : 'seriously_behind' };
}
