import { inputsOf } from '../../indicators/inputs-of.js';
import type { Target } from '../../plan/types.js';
import type { EvaluationContext } from '../context.js';
import { blankRow, meets, timeElapsed } from '../context.js';
import type { EvaluationRow } from '../types.js';

/**
 * A per-sub-region target (每个县区至少1个; 一半左右的县建成县级科技馆): each sub-region's value is
 * checked — of year Y for yearly statistics (a district that did not report for Y is 未报送, never
 * judged on last year's figure while the text says it did not report), its latest ≤ Y for survey
 * estimates, which are not annual — giving one row per sub-region (achieved, behind, or not assessable when
 * it has not reported) and one summary row for the parent: how many comply out of how many
 * (the plan's share of them required), and which do not. The summary is achieved when enough
 * comply; otherwise its completion (complying ÷ required) is set against the time elapsed since
 * the period began, with the schedule thresholds.
 */
export function evaluatePerSubregion(ctx: EvaluationContext, target: Target, parent: string): EvaluationRow[] {
  const children = ctx.regions.children.get(parent) ?? [];
  const survey = inputsOf(ctx.indicators, target.indicator!).some((id) => ctx.indicators.get(id)?.source === 'survey');
  const rows = children.map((child) => {
    const row = blankRow(ctx, target, child.code, 'subregion');
    const latest = ctx.series(child.code, target.indicator!).filter((v) => (survey ? v.year <= ctx.year : v.year === ctx.year) && v.value !== null).at(-1);
    if (!latest) return { ...row, status_reason: 'no_data' as const };
    // A suppressed survey estimate is not published: the district is not judged on it (level.ts).
    if (latest.presentation === 'suppressed') return { ...row, value_year: latest.year, value_presentation: 'suppressed' as const, status_reason: 'estimate_suppressed' as const };
    const ok = meets(latest.value!, target);
    return {
      ...row,
      value: latest.value,
      value_year: latest.year,
      value_presentation: latest.presentation ?? null,
      completion_rate: target.value ? latest.value! / target.value : null,
      status: ok ? ('achieved' as const) : ('behind' as const),
      status_reason: ok ? ('target_met' as const) : null,
    };
  });
  const summary = blankRow(ctx, target, parent, 'target');
  const complying = rows.filter((r) => r.status === 'achieved');
  const required = Math.ceil(target.share * children.length - 1e-9);
  const failing = rows.filter((r) => r.status !== 'achieved');
  const reported = rows.filter((r) => r.status_reason !== 'no_data').length;
  const completion = required === 0 ? 1 : complying.length / required;
  const time = timeElapsed(ctx.plan.period.start - 1, ctx.year, target.year);
  const filled: EvaluationRow = {
    ...summary,
    value: complying.length,
    value_year: Math.max(...rows.map((r) => r.value_year ?? 0)) || null,
    target: required,
    unit: null,
    completion_rate: completion,
    time_progress: time,
    schedule_ratio: time ? completion / time : null,
    compliant: complying.length,
    compliance_of: children.length,
    failing: failing.map((r) => r.region),
    unreported: failing.filter((r) => r.status_reason === 'no_data').map((r) => r.region),
  };
  let status: EvaluationRow['status'];
  if (reported === 0) status = 'not_assessable';
  else if (complying.length >= required) status = 'achieved';
  else if (filled.schedule_ratio !== null && filled.schedule_ratio >= ctx.thresholds.schedule.onTrack) status = 'on_track';
  else if (filled.schedule_ratio !== null && filled.schedule_ratio >= ctx.thresholds.schedule.behind) status = 'behind';
  else status = 'seriously_behind';
  const reason = reported === 0 ? 'no_data' : status === 'achieved' ? 'target_met' : reported < children.length ? 'incomplete_coverage' : null;
  return [{ ...filled, status, status_reason: reason }, ...rows];
}
