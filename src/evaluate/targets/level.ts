import type { Target } from '../../plan/types.js';
import type { EvaluationContext } from '../context.js';
import { blankRow, directionOf, meets, timeElapsed } from '../context.js';
import type { ProgressMethod } from '../methods/index.js';
import { methodNames, methods } from '../methods/index.js';
import { project } from '../projection.js';
import { requiredPace } from '../required-pace.js';
import { changeSignificant } from '../significance.js';
import type { EvaluationRow } from '../types.js';
import { decide, verdictProbabilities } from '../verdict-probability.js';
import type { LevelVerdict } from './level-verdict.js';
import { levelStatus, levelVerdict } from './level-verdict.js';

/**
 * A level target (比例达到15%) for one region: latest value ≤ Y against the target, progress
 * since the baseline (the plan's, else the first observed year), the chosen growth method, a
 * projection to the target year, every method's verdict beside the chosen one's, and, for survey
 * values with standard errors, how likely the verdict is: the likeliest status when its
 * probability reaches thresholds.verdictLevel, else 不确定 (uncertain, reason sampling_error) —
 * a change within sampling error is never called progress or decline, nor a value within it of
 * the target called met.
 */
export function evaluateLevel(ctx: EvaluationContext, target: Target, region: string, role: 'target' | 'subregion'): EvaluationRow {
  const row = blankRow(ctx, target, region, role);
  const indicator = ctx.indicators.get(target.indicator!);
  const direction = directionOf(target, indicator);
  const reported = ctx.series(region, target.indicator!).filter((v) => v.year <= ctx.year && v.value !== null);
  // An estimate the presentation standard suppresses (survey/presentation.ts) is not published, so
  // nothing is judged on it: the latest one suppressed leaves the target not assessable (never an
  // older figure in its place); an earlier one is as if missing.
  if (reported.at(-1)?.presentation === 'suppressed') return { ...row, value_year: reported.at(-1)!.year, value_presentation: 'suppressed', status_reason: 'estimate_suppressed' };
  const points = reported.filter((v) => v.presentation !== 'suppressed');
  const current = points.at(-1);
  if (!current) return { ...row, status_reason: 'no_data' };
  const x = current.value!;
  const xStar = target.value!;
  row.value = x;
  row.value_year = current.year;
  row.value_presentation = current.presentation ?? null;
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

  const series = byYear(
    points.filter((p) => !base || p.year >= base.year).map((p) => ({ year: p.year, value: p.value! })),
    planBaseline && !points.some((p) => p.year === planBaseline.year) ? { year: planBaseline.year, value: planBaseline.value } : undefined,
  );
  const projection = project(series, target.year, xStar, { bounded: indicator?.valueType === 'share' });
  if (projection) {
    row.projected_value = projection.value;
    row.projected_low = projection.low ?? null;
    row.projected_high = projection.high ?? null;
    row.projection_model = projection.model;
    row.reach_year = meets(x, target) ? current.year : projection.reachYear;
  }

  const met = meets(x, target);
  if (!met) {
    const pace = requiredPace({ value: x, from: current.year, year: ctx.year, target: xStar, targetYear: target.year, share: indicator?.valueType === 'share' || indicator?.valueType === 'points' });
    row.required_annual_change = pace.change;
    row.required_annual_growth = pace.growth;
  }
  // Progress needs a baseline and a later value: without a baseline the plan states none and only
  // one year was reported (points is never empty here); with one but nothing later there is no
  // data since the baseline. A target met is met either way.
  const from = base && current.year > base.year ? base : undefined;
  if (!from && !met) return { ...row, status_reason: base ? 'no_data_since_baseline' : 'no_baseline' };

  const verdictAt = (m: ProgressMethod, xv: number, x0: number) => levelVerdict(ctx, m, target, direction, xv, current.year, { year: from!.year, value: x0 });
  const point: LevelVerdict = from ? verdictAt(ctx.method, x, from.value) : { status: 'achieved', reason: 'target_met', ratio: null, methodClass: null };
  if (from) {
    if (point.methodClass !== null) {
      row.distance_progress = (x - from.value) / (xStar - from.value);
      row.schedule_ratio = row.time_progress ? row.distance_progress / row.time_progress : null;
      row.growth_ratio = point.ratio;
      row.method_class = point.methodClass;
      row.change_significant = changeSignificant(from.value, baseSe, x, current.se, ctx.thresholds.significanceZ);
    }
    // Every method's verdict on the same values: where they differ, the report says so (method agreement).
    row.method_statuses = Object.fromEntries(methodNames.map((m) => [m, verdictAt(methods[m], x, from.value).status]));
    row.methods_agree = new Set(Object.values(row.method_statuses)).size === 1;
  }

  // Survey values: how likely the verdict is, and 不确定 when no verdict is likely enough.
  if (!((current.se ?? 0) > 0 || (from && (baseSe ?? 0) > 0))) return { ...row, status: point.status, status_reason: point.reason };
  // The integration depends on these and on the context (year, method, thresholds): made once per
  // evaluation for each (EvaluationContext.probabilities), and each row given its own copy.
  const key = `${from ? `${from.year}|${from.value}|${baseSe}` : '-'}|${current.year}|${x}|${current.se}|${target.value}|${target.comparator}|${target.year}|${direction}`;
  let made = ctx.probabilities.get(key);
  if (made === undefined) {
    const judge = from ? levelStatus(ctx, ctx.method, target, direction, current.year, from.year) : (xv: number) => (meets(xv, target) ? 'achieved' : 'not_assessable');
    made = verdictProbabilities(judge, { value: x, se: current.se }, { value: from?.value ?? 0, se: from ? baseSe : null });
    ctx.probabilities.set(key, made);
  }
  if (!made) return { ...row, status: point.status, status_reason: point.reason };
  const probabilities = { ...made };
  const decided = decide(probabilities, ctx.thresholds.verdictLevel);
  row.status_probabilities = probabilities;
  row.status_probability = decided.probability;
  row.likeliest_status = decided.likeliest;
  if (decided.status === 'uncertain') return { ...row, status: 'uncertain', status_reason: 'sampling_error' };
  // The likely verdict is the point estimate's wherever the classes are intervals of the values
  // (a class holding 80% of the distribution holds its centre); the reason follows the status.
  const reason = decided.status === point.status ? point.reason : decided.status === 'achieved' ? 'target_met' : decided.status === 'not_achieved' ? 'target_year_passed' : null;
  return { ...row, status: decided.status, status_reason: reason };
}

/**
 * A region's points and the plan's baseline (when it is not among them) in order of year, as a
 * stable sort of [baseline, ...points] orders them. The points come in order of year (SeriesOf),
 * so the baseline is put in its place in the list given (the caller's own); a list out of order
 * is sorted into a new one. (A sort per row cost a national evaluation 8–16 ms.) Exported for its
 * test.
 */
export function byYear(points: { year: number; value: number }[], baseline: { year: number; value: number } | undefined): { year: number; value: number }[] {
  for (let i = 1; i < points.length; i++) if (points[i - 1]!.year > points[i]!.year) return [...(baseline ? [baseline] : []), ...points].sort((a, b) => a.year - b.year);
  if (!baseline) return points;
  let at = 0;
  while (at < points.length && points[at]!.year < baseline.year) at++;
  points.splice(at, 0, baseline);
  return points;
}
