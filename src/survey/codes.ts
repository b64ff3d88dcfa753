import { memoByColumn } from './column-memo.js';
import type { SurveyTable } from './types.js';
import { labelOf } from './values.js';

/**
 * A column as integer codes: the code of each row, and the label (as readLabels reads it) of each
 * code, numbered in order of first appearance. Design units and domains are grouped by these codes,
 * so that a million rows are compared as integers, not hashed as strings, on every estimate().
 */
export interface LabelCodes {
  /** Code of each row. */
  readonly of: Int32Array;
  /** Label of each code; blank cells have the label ''. */
  readonly labels: readonly string[];
  /** First row of each code (so every code has a row). */
  readonly first: Int32Array;
}

/**
 * Reads a column as codes, once per table (shared by every caller: do not modify the arrays).
 * @example
 * const { of, labels } = readCodes(table, '区县'); // labels[of[r]] === readLabels(table, '区县')[r]
 */
export function readCodes(table: SurveyTable, column: string): LabelCodes {
  return codes(table, column);
}

const codes = memoByColumn((table: SurveyTable, column: string): LabelCodes => {
  const cells = table.columns[column] ?? [];
  const of = new Int32Array(table.length);
  const codeOf = new Map<string, number>();
  const labels: string[] = [];
  const first: number[] = [];
  let previous: unknown;
  let code = -1;
  for (let r = 0; r < table.length; r++) {
    const cell = cells[r];
    // Files usually list a unit's rows together: the previous row's cell saves reading the label.
    if (r > 0 && cell === previous) {
      of[r] = code;
      continue;
    }
    const label = labelOf(cell);
    code = codeOf.get(label) ?? -1;
    if (code < 0) {
      code = labels.length;
      codeOf.set(label, code);
      labels.push(label);
      first.push(r);
    }
    of[r] = code;
    previous = cell;
  }
  return { of, labels, first: Int32Array.from(first) };
});

/** One code for every row, labelled '' (no code for no rows): a design without strata has one stratum. */
export function constantCodes(n: number): LabelCodes {
  return n > 0 ? { of: new Int32Array(n), labels: [''], first: Int32Array.of(0) } : { of: new Int32Array(0), labels: [], first: new Int32Array(0) };
}
