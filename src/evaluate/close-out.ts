import type { EvaluationRow } from './types.js';

/**
 * Once the evaluation year has reached a target's year there is no pace left to judge: a target
 * not achieved by then is 未达标 (not_achieved), not "behind schedule". The method's own class
 * (method_class) still records how it moved. Rows that could not be assessed stay as they are.
 */
export function closeOut(row: EvaluationRow): EvaluationRow {
  if (row.year < row.target_year || row.status === 'achieved' || row.status === 'not_assessable' || row.status === 'not_achieved') return row;
  return { ...row, status: 'not_achieved', status_reason: row.status_reason ?? 'target_year_passed' };
}
