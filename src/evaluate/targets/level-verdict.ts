import type { Target } from '../../plan/types.js';
import { closedReason, closesOut } from '../close-out.js';
import type { EvaluationContext } from '../context.js';
import { meets } from '../context.js';
import type { ProgressInput, ProgressMethod } from '../methods/index.js';
import type { Status, StatusReason } from '../types.js';

/** A level target's verdict for one pair of values: status, reason, and the method's ratio and class. */
export interface LevelVerdict {
  status: Status;
  reason: StatusReason | null;
  ratio: number | null;
  methodClass: string | null;
}

/**
 * The verdict on a level target for latest value `x` (in year `t`) against the baseline: met,
 * regressing from a baseline at or beyond the target, or the method's class — closed out to
 * 未达标 once the target year has come. One rule for the point estimate, for each method when
 * their verdicts are compared, and for every draw of the sampling distribution
 * (verdict-probability.ts).
 */
export function levelVerdict(
  ctx: EvaluationContext, method: ProgressMethod, target: Target, direction: 'higher' | 'lower', x: number, t: number, base: { year: number; value: number },
): LevelVerdict {
  if (meets(x, target)) return { status: 'achieved', reason: 'target_met', ratio: null, methodClass: null };
  const xStar = target.value!;
  if (base.value === xStar) return closed(ctx, target, 'regressing', 'baseline_equals_target', null, null);
  // A baseline beyond the target and a value that now misses it went backwards; the methods' ratios
  // would call it progress (d = (x − x0)/(x* − x0) > 1 when both differences are negative).
  if (meets(base.value, target)) return closed(ctx, target, 'regressing', 'baseline_met_target', null, null);
  const v = method({ x0: base.value, t0: base.year, x, t, target: xStar, T: target.year, Y: ctx.year, direction }, ctx.thresholds);
  return closed(ctx, target, v.status, ctx.year >= target.year ? 'target_year_passed' : null, v.ratio, v.methodClass);
}

/**
 * levelVerdict's status alone, as a function of the latest value and the baseline's, for a
 * target, method and years fixed: what the sampling-error integration asks millions of times
 * (verdict-probability.ts). The same rule in the same order, with one object made per verdict,
 * the method's result, where there were four (the baseline, the method's input, its result and the
 * verdict: nearly a fifth of what a national evaluation allocated); the input is one object, filled
 * in each time. tests/evaluate/targets/level-verdict.test.ts holds it to levelVerdict's status.
 */
export function levelStatus(ctx: EvaluationContext, method: ProgressMethod, target: Target, direction: 'higher' | 'lower', t: number, baseYear: number): (x: number, x0: number) => Status {
  const input: ProgressInput = { x0: 0, t0: baseYear, x: 0, t, target: target.value!, T: target.year, Y: ctx.year, direction };
  return (x, x0) => {
    if (meets(x, target)) return 'achieved';
    let status: Status;
    if (x0 === input.target || meets(x0, target)) status = 'regressing';
    else {
      input.x = x;
      input.x0 = x0;
      status = method(input, ctx.thresholds).status;
    }
    return closesOut(status, ctx.year, target.year) ? 'not_achieved' : status;
  };
}

/** A verdict closed out to 未达标 once the target year has come (closeOut's rule), made as one object: the sampling-error integration makes millions. */
function closed(ctx: EvaluationContext, target: Target, status: Status, reason: StatusReason | null, ratio: number | null, methodClass: string | null): LevelVerdict {
  return closesOut(status, ctx.year, target.year) ? { status: 'not_achieved', reason: closedReason(reason), ratio, methodClass } : { status, reason, ratio, methodClass };
}
