import type { EvaluationRow, Status, StatusReason } from './types.js';

/**
 * Once the evaluation year has reached a target's year there is no pace left to judge: a target
 * not achieved by then is 未达标 (not_achieved), not "behind schedule". The method's own class
 * (method_class) still records how it moved. Rows that could not be assessed, or whose verdict is
 * uncertain, stay as they are.
 */
export function closeOut(row: EvaluationRow): EvaluationRow {
  const closed = closedStatus(row.status, row.status_reason, row.year, row.target_year);
  return closed.status === row.status ? row : { ...row, ...closed };
}

/** The status a verdict becomes in evaluation year `year` for a target due in `targetYear` (closeOut's rule, for one verdict). */
export function closedStatus(status: Status, reason: StatusReason | null, year: number, targetYear: number): { status: Status; status_reason: StatusReason | null } {
  return closesOut(status, year, targetYear) ? { status: 'not_achieved', status_reason: closedReason(reason) } : { status, status_reason: reason };
}

/**
 * Whether a verdict becomes 未达标 in evaluation year `year` for a target due in `targetYear`.
 * @example
 * closesOut('behind', 2025, 2025); // true
 * closesOut('behind', 2023, 2025); // false: there is time left
 */
export function closesOut(status: Status, year: number, targetYear: number): boolean {
  return !(year < targetYear || status === 'achieved' || status === 'not_assessable' || status === 'not_achieved' || status === 'uncertain');
}

/**
 * The reason of a verdict closed out: its own when it has one.
 * @example
 * closedReason(null); // 'target_year_passed'
 */
export function closedReason(reason: StatusReason | null): StatusReason {
  return reason ?? 'target_year_passed';
}
