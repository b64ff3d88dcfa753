import type { Issue } from '../errors/index.js';
import { issue } from '../errors/index.js';
import { cellWhere } from './columns.js';
import type { NestedUnits } from './units.js';
import { isBlank, readNumbers } from './values.js';
import type { SurveyTable } from './types.js';

/**
 * Reads one stage's finite-population correction as the sampling fraction n/N of each parent
 * (stratum at stage 1, PSU at stage 2). As R's as.fpc: a column whose values are all ≤ 1 holds
 * sampling fractions (N = n ÷ f), otherwise population counts; N must be at least the n sampled,
 * and the same on every row of a parent. Decided per stage column (R decides over all stages).
 */
export function readFpc(
  table: SurveyTable,
  column: string,
  units: NestedUnits,
  parentLabels: readonly string[],
  stage: number,
): { fraction: Float64Array; issues: Issue[] } {
  const parents = units.start.length - 1;
  const fraction = new Float64Array(parents);
  const { values, issues } = readNumbers(table, column);
  const at = (r: number) => cellWhere(table, column, r);
  for (let r = 0; r < table.length; r++) {
    const v = values[r]!;
    // NaN: blank (reported here) or unreadable (already reported by readNumbers).
    if (Number.isNaN(v) && isBlank(table.columns[column]?.[r])) issues.push(issue('SURVEY_MISSING_DESIGN_VALUE', { role: 'fpc' }, at(r)));
    else if (v <= 0) issues.push(issue('SURVEY_FPC_BAD_VALUE', { value: table.columns[column]?.[r] }, at(r)));
  }
  if (issues.length) return { fraction, issues };
  const isCount = values.some((v) => v > 1);
  if (isCount && values.some((v) => v < 1)) {
    const r = values.findIndex((v) => v < 1);
    return { fraction, issues: [issue('SURVEY_FPC_MIXED', { stage }, at(r))] };
  }
  const first = new Float64Array(parents).fill(NaN);
  const firstRow = new Int32Array(parents);
  const mismatch = new Map<number, Set<number>>();
  for (let r = 0; r < table.length; r++) {
    const p = units.parent[units.of[r]!]!;
    if (Number.isNaN(first[p]!)) {
      first[p] = values[r]!;
      firstRow[p] = r;
    } else if (values[r] !== first[p]) {
      if (!mismatch.has(p)) mismatch.set(p, new Set([first[p]!]));
      mismatch.get(p)!.add(values[r]!);
    }
  }
  for (const [p, set] of mismatch) {
    issues.push(issue('SURVEY_FPC_NOT_CONSTANT', { unit: parentLabels[p]!, stage, values: [...set] }, at(firstRow[p]!)));
  }
  for (let p = 0; p < parents; p++) {
    const sampled = units.start[p + 1]! - units.start[p]!;
    if (sampled === 0) continue;
    const v = first[p]!;
    const population = isCount ? v : sampled / v;
    // A small tolerance: N = n ÷ f from a rounded fraction can fall a hair below n.
    if (population < sampled * (1 - 1e-9)) {
      issues.push(issue('SURVEY_FPC_TOO_SMALL', { unit: parentLabels[p]!, stage, population, sampled }, at(firstRow[p]!)));
    }
    fraction[p] = Math.min(1, sampled / population);
  }
  return { fraction, issues };
}
