import type { Target } from '../../plan/types.js';
import type { EvaluationContext } from '../context.js';
import { blankRow, directionOf, meets } from '../context.js';
import type { EvaluationRow } from '../types.js';

/**
 * An annual target (每年培训150人次以上), checked year by year from the period's start to Y.
 * Every year met: achieved (so far); latest year met but an earlier one missed: on track;
 * latest year missed: behind if it reached thresholds.annual.behind of the target, else
 * seriously behind. Years without a report count as not met and are listed.
 */
export function evaluateAnnual(ctx: EvaluationContext, target: Target, region: string, role: 'target' | 'subregion'): EvaluationRow {
  const row = blankRow(ctx, target, region, role);
  const direction = directionOf(target, ctx.indicators.get(target.indicator!));
  const last = Math.min(ctx.year, target.year);
  const byYear = new Map(ctx.series(region, target.indicator!).filter((v) => v.value !== null).map((v) => [v.year, v.value!]));
  const years = range(ctx.plan.period.start, last);
  const reported = years.filter((y) => byYear.has(y));
  if (reported.length === 0) return { ...row, status_reason: 'no_data' };
  const failing = years.filter((y) => !byYear.has(y) || !meets(byYear.get(y)!, target));
  const latestYear = reported.at(-1)!;
  const x = byYear.get(latestYear)!;
  const xStar = target.value!;
  const completion = direction === 'higher' ? x / xStar : xStar / x;
  const filled: EvaluationRow = {
    ...row,
    value: x,
    value_year: latestYear,
    completion_rate: completion,
    compliant: years.length - failing.length,
    compliance_of: years.length,
    failing: failing.map(String),
    unreported: failing.filter((y) => !byYear.has(y)).map(String),
    time_progress: (last - ctx.plan.period.start + 1) / (target.year - ctx.plan.period.start + 1),
  };
  if (failing.length === 0) return { ...filled, status: 'achieved', status_reason: 'target_met' };
  if (meets(x, target) && latestYear === last) return { ...filled, status: 'on_track' };
  return { ...filled, status: completion >= ctx.thresholds.annual.behind ? 'behind' : 'seriously_behind' };
}

export function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}
