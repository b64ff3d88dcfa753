import type { ChangeCause, Revision } from './change-causes.js';
import { changeCauses, revisionsOf } from './change-causes.js';
import type { EvaluateInput } from './evaluate.js';
import { evaluate } from './evaluate.js';
import type { PreviousEvaluation } from './previous.js';
import type { EvaluationRow, MethodName, Status } from './types.js';

/** The status, value and year of a target in a region, as one evaluation gave them. */
export interface StatusAt {
  status: Status;
  value: number | null;
  value_year: number | null;
}

/**
 * One target in one region, present in both evaluations: its status then and now, whether it
 * changed, why (causes, empty when it did not), and every revision of a value the earlier
 * evaluation used, whether or not it changed the status.
 */
export interface TargetChange {
  target_id: string;
  indicator: string | null;
  kind: string;
  role: EvaluationRow['role'];
  region: string;
  unit: string | null;
  previous: StatusAt;
  current: StatusAt;
  changed: boolean;
  causes: ChangeCause[];
  revisions: Revision[];
}

/** A target and region in one evaluation only (a target added to or removed from the plan, a region added). */
export interface TargetKey {
  target_id: string;
  indicator: string | null;
  kind: string;
  role: EvaluationRow['role'];
  region: string;
}

/**
 * What changed since an earlier evaluation (中期评估) of the same plan: per target and region in
 * both, then → now with causes; and the targets and regions only one of them has.
 */
export interface Comparison {
  previous_year: number;
  year: number;
  previous_method: MethodName;
  method: MethodName;
  /** In the current evaluation's row order. */
  changes: TargetChange[];
  added: TargetKey[];
  removed: TargetKey[];
}

const keyOf = (r: Pick<EvaluationRow, 'target_id' | 'region'>) => `${r.target_id}\u0000${r.region}`;
const indexRows = (rows: readonly EvaluationRow[]) => new Map(rows.map((r) => [keyOf(r), r]));
const statusAt = (r: EvaluationRow): StatusAt => ({ status: r.status, value: r.value, value_year: r.value_year });
const keyAt = (r: EvaluationRow): TargetKey => ({ target_id: r.target_id, indicator: r.indicator, kind: r.kind, role: r.role, region: r.region });

/** The rows of each step: the earlier evaluation, the current data re-evaluated at its year (its method, then the current one), and the current evaluation. */
export interface ComparisonRows {
  previous: readonly EvaluationRow[];
  revised: readonly EvaluationRow[];
  rescored: readonly EvaluationRow[];
  current: readonly EvaluationRow[];
}

/**
 * Joins the steps' rows by target and region and classifies each pair (change-causes.ts). A
 * step's row missing (it cannot be, as the re-evaluations run the current plan) falls back to the
 * current row. Pure.
 * @example
 * compareRows({ previous, revised, rescored, current }).changes.filter((c) => c.changed);
 */
export function compareRows(rows: ComparisonRows): Comparison {
  const previous = indexRows(rows.previous);
  const revised = indexRows(rows.revised);
  const rescored = indexRows(rows.rescored);
  const changes: TargetChange[] = [];
  const added: TargetKey[] = [];
  for (const c of rows.current) {
    const p = previous.get(keyOf(c));
    if (!p) {
      added.push(keyAt(c));
      continue;
    }
    const r1 = revised.get(keyOf(c)) ?? c;
    const r2 = rescored.get(keyOf(c)) ?? r1;
    const causes = changeCauses({ previous: p, revised: r1, rescored: r2, current: c });
    changes.push({
      target_id: c.target_id, indicator: c.indicator, kind: c.kind, role: c.role, region: c.region, unit: c.unit,
      previous: statusAt(p), current: statusAt(c), changed: p.status !== c.status, causes, revisions: revisionsOf(p, r1),
    });
  }
  const current = indexRows(rows.current);
  const removed = rows.previous.filter((p) => !current.has(keyOf(p))).map(keyAt);
  const first = rows.previous[0];
  const now = rows.current[0];
  return {
    previous_year: first?.year ?? 0, year: now?.year ?? 0, previous_method: first?.method ?? 'schedule', method: now?.method ?? 'schedule',
    changes, added, removed,
  };
}

/**
 * Compares the current evaluation with an earlier one of the same plan: re-evaluates the current
 * data at the earlier year (with the earlier method, then, if it differs, the current one) so that
 * each change of status can be put down to revised data, the target, the method, new data or time.
 * `input` is what the current evaluation ran on; `current` its rows. Pure.
 * @example
 * const comparison = compareWithPrevious(input, await loadPreviousEvaluation('midterm.json', { plan, year: 2025 }), rows);
 */
export function compareWithPrevious(input: EvaluateInput, previous: PreviousEvaluation, current: readonly EvaluationRow[]): Comparison {
  const atEarlierYear = { ...input, year: previous.year };
  const revised = evaluate({ ...atEarlierYear, method: previous.method });
  const rescored = previous.method === (input.method ?? 'schedule') ? revised : evaluate(atEarlierYear);
  return compareRows({ previous: previous.rows, revised, rescored, current });
}

/**
 * The comparison as fields of each current row (`kepu evaluate --compare … --format json`,
 * docs/methods.md#changes-since-an-earlier-evaluation): the earlier year, status and value, whether the
 * status changed, why, and the revisions of the values it used. Null, except `previous_year`, for a
 * target and region the earlier evaluation did not have.
 */
export interface ComparedFields {
  previous_year: number;
  previous_status: Status | null;
  previous_value: number | null;
  previous_value_year: number | null;
  status_changed: boolean | null;
  change_causes: ChangeCause[] | null;
  revisions: Revision[] | null;
}

/**
 * The current rows with the comparison's fields added after their own (the row's fields and
 * their order are kept: a reader of the plain array reads these rows as before). Pure.
 * @example
 * comparedRows(rows, comparison)[0].previous_status; // 'behind'
 */
export function comparedRows(rows: readonly EvaluationRow[], comparison: Comparison): (EvaluationRow & ComparedFields)[] {
  const changes = new Map(comparison.changes.map((c) => [keyOf(c), c]));
  return rows.map((r) => {
    const c = changes.get(keyOf(r));
    return {
      ...r,
      previous_year: comparison.previous_year,
      previous_status: c?.previous.status ?? null,
      previous_value: c?.previous.value ?? null,
      previous_value_year: c?.previous.value_year ?? null,
      status_changed: c ? c.changed : null,
      change_causes: c ? c.causes : null,
      revisions: c ? c.revisions : null,
    };
  });
}
