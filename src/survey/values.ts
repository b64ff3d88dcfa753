import type { Issue } from '../errors/index.js';
import { issue } from '../errors/index.js';
import { foldWidth } from '../data/normalize-text.js';
import { parseNumber } from '../data/parse-number.js';
import { cellWhere } from './columns.js';
import { memoByColumn } from './column-memo.js';
import { plainDecimal } from '../util/plain-decimal.js';
import type { SurveyTable } from './types.js';

/** A column read as numbers: NaN where the cell is blank (missing) or could not be read. */
export interface NumericColumn {
  values: Float64Array;
  issues: Issue[];
}

/**
 * Reads a column as numbers the way offices write them (full-width digits, 1,200, 1.5万) with
 * the data stage's parseNumber; blanks and placeholders (—, 无) are missing, not zero.
 */
export function readNumbers(table: SurveyTable, column: string): NumericColumn {
  return copyColumn(numbersOf(table, column));
}

/** readNumbers without the copy: the memoised reading, shared by every caller (read it, do not modify it). */
export const numbersOf = memoByColumn((table: SurveyTable, column: string): NumericColumn => {
  const cells = table.columns[column] ?? [];
  const values = new Float64Array(table.length).fill(NaN);
  const issues: Issue[] = [];
  for (let i = 0; i < table.length; i++) {
    const cell = cells[i];
    // Most cells are plain decimals, read without parseNumber's folding, regexes and unit checks.
    const plain = typeof cell === 'string' ? plainDecimal(cell) : NaN;
    if (!Number.isNaN(plain)) {
      values[i] = plain;
      continue;
    }
    const parsed = parseNumber(cell);
    if (parsed.kind === 'value') values[i] = parsed.value;
    else if (parsed.kind === 'problem') issues.push(issue('DATA_NOT_A_NUMBER', { value: cells[i] }, cellWhere(table, column, i)));
  }
  return { values, issues };
});

/** True for an empty cell or a placeholder meaning "not filled in" (—, 无). */
export function isBlank(cell: unknown): boolean {
  return parseNumber(cell).kind === 'blank';
}

const YES = new Set(['1', '1.0', 'true', 'yes', 'y', 't', '是', '具备', '达标', '√', '✓']);
const NO = new Set(['0', '0.0', 'false', 'no', 'n', 'f', '否', '不具备', '未达标', '×', '✗']);

/** Reads a 0/1 column (1/0, 是/否, 具备/不具备, true/false); anything else is SURVEY_NOT_BINARY. */
export function readBinary(table: SurveyTable, column: string): NumericColumn {
  return copyColumn(binaryOf(table, column));
}

/** readBinary without the copy: the memoised reading, shared by every caller (read it, do not modify it). */
export const binaryOf = memoByColumn((table: SurveyTable, column: string): NumericColumn => {
  const cells = table.columns[column] ?? [];
  const values = new Float64Array(table.length).fill(NaN);
  const issues: Issue[] = [];
  for (let i = 0; i < table.length; i++) {
    const cell = cells[i];
    if (cell === 1 || cell === '1') values[i] = 1;
    else if (cell === 0 || cell === '0') values[i] = 0;
    if (!Number.isNaN(values[i]!) || cell === null || cell === undefined) continue;
    const text = foldWidth(String(cell)).trim().toLowerCase();
    if (text === '') continue;
    if (YES.has(text)) values[i] = 1;
    else if (NO.has(text)) values[i] = 0;
    else issues.push(issue('SURVEY_NOT_BINARY', { value: cell }, cellWhere(table, column, i)));
  }
  return { values, issues };
});

/** Reads a column as labels for domains and design units: width folded, trimmed; blank is ''. */
export function readLabels(table: SurveyTable, column: string): string[] {
  return labelColumns(table, column).slice();
}

const labelColumns = memoByColumn((table: SurveyTable, column: string): string[] => {
  const cells = table.columns[column] ?? [];
  const labels = new Array<string>(table.length);
  for (let i = 0; i < table.length; i++) labels[i] = labelOf(cells[i]);
  return labels;
});

/** One cell as a label (see readLabels). */
export function labelOf(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return String(cell);
  const text = String(cell);
  // Only text with full-width forms needs folding; most cells are plain ASCII or CJK.
  return (/[\uff01-\uff5e\u3000。．−－]/.test(text) ? foldWidth(text) : text).trim();
}

// Callers get copies: the memoised readings are shared by every estimate() on the table.
function copyColumn(column: NumericColumn): NumericColumn {
  return { values: column.values.slice(), issues: [...column.issues] };
}
