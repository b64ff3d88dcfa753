import type { EvaluationRow, MethodName } from './types.js';

/**
 * A value the earlier evaluation used that the current data give differently, at the earlier
 * evaluation's own year: the latest value (`value`, at its year; for a cumulative target the total
 * since the period began), the baseline (`baseline`), or how many sub-regions or years comply
 * (`compliant`, counted at the earlier year). `old` null: not there then (reported late); `new`
 * null: withdrawn since.
 */
export interface Revision {
  field: 'value' | 'baseline' | 'compliant';
  year: number;
  old: number | null;
  new: number | null;
  /**
   * `compliant` only: the sub-regions (codes) or years that comply in one reading and not in the
   * other, whose figures were revised (the rows hold no earlier figure of theirs to quote).
   */
  concerned?: string[];
}

/**
 * Why a status changed since the earlier evaluation, as data (docs/methods.md#changes-since-an-earlier-evaluation):
 * - revised_data: values of years up to the earlier evaluation year now read differently (for a
 *   qualitative target: its recorded judgement for such a year added or changed, `revisions` empty);
 * - target: the plan's target (its value, year or comparator) changed;
 * - method: the current evaluation uses another progress method;
 * - thresholds: same data, target and method, different status at the earlier year (the
 *   thresholds, the settings or kepu's rules differ);
 * - new_data: observations after the earlier evaluation (a later year, or a later total; for a
 *   qualitative target a later recorded judgement, the years being the judgements');
 * - time: the same data judged later: the target year came, or the schedule moved on (with new
 *   data too, only when the status is 未达标 because the target year came).
 */
export type ChangeCause =
  | { kind: 'revised_data'; revisions: Revision[] }
  | { kind: 'target'; from: TargetTerms; to: TargetTerms }
  | { kind: 'method'; from: MethodName; to: MethodName }
  | { kind: 'thresholds' }
  | { kind: 'new_data'; from_year: number | null; to_year: number | null }
  | { kind: 'time'; target_year_came: boolean };

export type ChangeCauseKind = ChangeCause['kind'];

/** The cause kinds, in the order the decomposition tries them (and reports word them). */
export const changeCauseKinds: readonly ChangeCauseKind[] = ['revised_data', 'target', 'method', 'thresholds', 'new_data', 'time'];

/** What the plan says of a target: its value, year and comparator. */
export interface TargetTerms {
  target: number | null;
  target_year: number;
  comparator: string | null;
}

/**
 * One row at each step of the decomposition, for one target and region. The earlier evaluation
 * (previous: data D₀, year Y₀, method M₀) and the current one (current: data D₁, year Y₁, method M₁)
 * are joined by two re-evaluations of the current data at Y₀: `revised` with M₀ (it differs from
 * `previous` only by revised data, the plan's target, or thresholds) and `rescored` with M₁ (it
 * differs from `revised` only by the method). `current` then differs from `rescored` by new data and time.
 */
export interface ChangeSteps {
  previous: EvaluationRow;
  revised: EvaluationRow;
  rescored: EvaluationRow;
  current: EvaluationRow;
}

/**
 * The values the earlier evaluation used that now read differently (at its year Y₀): its latest
 * value, its baseline, and its count of those complying. Pure.
 * @example
 * revisionsOf(previous, revised); // [{ field: 'value', year: 2022, old: 12.1, new: 12.6 }]
 */
export function revisionsOf(previous: EvaluationRow, revised: EvaluationRow): Revision[] {
  const out: Revision[] = [];
  const pair = (field: 'value' | 'baseline', oldValue: number | null, oldYear: number | null, newValue: number | null, newYear: number | null) => {
    if (oldYear === newYear) {
      if (oldYear !== null && !same(oldValue, newValue)) out.push({ field, year: oldYear, old: oldValue, new: newValue });
      return;
    }
    // The year read moved. To a later year: a value of a year up to Y₀ came in after the earlier
    // evaluation (reported late); the one it read may still stand. To an earlier year, or none:
    // the value it read is gone.
    if (newYear !== null && (oldYear === null || newYear > oldYear)) {
      if (newValue !== null) out.push({ field, year: newYear, old: null, new: newValue });
    } else if (oldYear !== null && oldValue !== null) out.push({ field, year: oldYear, old: oldValue, new: null });
  };
  pair('value', previous.value, previous.value_year, revised.value, revised.value_year);
  pair('baseline', previous.baseline, previous.baseline_year, revised.baseline, revised.baseline_year);
  if (!same(previous.compliant, revised.compliant) && previous.compliant !== null && revised.compliant !== null) {
    const was = new Set(previous.failing ?? []);
    const now = new Set(revised.failing ?? []);
    const concerned = [...[...was].filter((x) => !now.has(x)), ...[...now].filter((x) => !was.has(x))].sort();
    out.push({ field: 'compliant', year: previous.year, old: previous.compliant, new: revised.compliant, concerned });
  }
  return out;
}

/**
 * Why the status changed from `previous` to `current`: each step of the decomposition at which
 * the status changes gives its cause (several when several steps change it). Empty when the
 * status is the same. The order of the steps (revisions, target, method at Y₀; then new data and
 * time) is a convention of this sequential decomposition, documented in docs/methods.md. Pure.
 * @example
 * changeCauses({ previous, revised, rescored, current }); // [{ kind: 'revised_data', revisions: [...] }]
 */
export function changeCauses({ previous, revised, rescored, current }: ChangeSteps): ChangeCause[] {
  if (previous.status === current.status) return [];
  const causes: ChangeCause[] = [];
  if (previous.status !== revised.status) {
    const revisions = revisionsOf(previous, revised);
    const targetChanged = !sameTerms(previous, revised);
    // A qualitative target's recorded judgement for a year ≤ Y₀, added or changed since, is its data revised (no figures to quote).
    const rejudged = !sameJudgement(previous, revised);
    if (revisions.length || rejudged) causes.push({ kind: 'revised_data', revisions });
    if (targetChanged) causes.push({ kind: 'target', from: termsOf(previous), to: termsOf(revised) });
    if (!revisions.length && !rejudged && !targetChanged) causes.push({ kind: 'thresholds' });
  }
  if (revised.status !== rescored.status) causes.push({ kind: 'method', from: revised.method, to: rescored.method });
  if (rescored.status !== current.status) {
    const judged = !sameJudgement(rescored, current);
    const newData = judged || rescored.value_year !== current.value_year || !same(rescored.value, current.value) || !same(rescored.compliant, current.compliant);
    const came = rescored.year < rescored.target_year && current.year >= current.target_year;
    if (newData) causes.push(judged ? { kind: 'new_data', from_year: rescored.judgement?.year ?? null, to_year: current.judgement?.year ?? null } : { kind: 'new_data', from_year: rescored.value_year, to_year: current.value_year });
    // With new data, time counts only where the target year's coming is what the status says (未达标, not a pace).
    if (!newData || (came && current.status === 'not_achieved')) causes.push({ kind: 'time', target_year_came: came });
  }
  return causes;
}

/** The same recorded judgement (or none on both): its year and grade. */
function sameJudgement(x: EvaluationRow, y: EvaluationRow): boolean {
  return x.judgement?.year === y.judgement?.year && x.judgement?.grade === y.judgement?.grade;
}

function termsOf(r: EvaluationRow): TargetTerms {
  return { target: r.target, target_year: r.target_year, comparator: r.comparator };
}

function sameTerms(x: EvaluationRow, y: EvaluationRow): boolean {
  return same(x.target, y.target) && x.target_year === y.target_year && x.comparator === y.comparator;
}

/**
 * Equal as figures: both null, or within a relative 1e-9 (a file written by another version of
 * kepu may have summed in another order; a revision of a published figure is never that small).
 */
function same(x: number | null, y: number | null): boolean {
  if (x === null || y === null) return x === y;
  return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
}
