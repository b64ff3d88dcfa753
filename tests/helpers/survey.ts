import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { parseCsv } from '../../src/data/csv.js';
import { parseRespondents } from '../../src/survey/respondents.js';
import type { EstimateRow, SurveyTable } from '../../src/survey/types.js';

/** A respondent fixture of tests/fixtures/survey/ as a SurveyTable (file named as in messages). */
export function surveyFixture(name: string): SurveyTable {
  const file = `tests/fixtures/survey/${name}`;
  const text = readFileSync(new URL(`../fixtures/survey/${name}`, import.meta.url), 'utf8');
  const { table, issues } = parseRespondents(parseCsv(text, file).grid, file);
  if (!table || issues.length) throw new Error(`fixture ${name}: ${JSON.stringify(issues)}`);
  return table;
}

/** A table from plain columns, as a library user would build one. */
export function columnsTable(columns: Record<string, unknown[]>): SurveyTable {
  return { columns, length: Object.values(columns)[0]?.length ?? 0 };
}

/** Asserts agreement to `digits` significant digits (relative), with a message naming the quantity. */
export function expectSig(actual: number | null | undefined, expected: number, digits: number, what = ''): void {
  expect(actual, what).toBeTypeOf('number');
  const scale = Math.max(Math.abs(expected), Number.MIN_VALUE);
  expect(Math.abs((actual as number) - expected) / scale, `${what}: ${actual} vs R ${expected}`).toBeLessThan(0.5 * 10 ** (1 - digits));
}

/** The row of a domain ({} for the whole sample). */
export function rowOf(rows: readonly EstimateRow[], by: Record<string, string> = {}): EstimateRow {
  const row = rows.find((r) => JSON.stringify(r.by) === JSON.stringify(by));
  if (!row) throw new Error(`no row for ${JSON.stringify(by)}`);
  return row;
}
