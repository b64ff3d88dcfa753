import type { Issue } from '../errors/index.js';
import { issue } from '../errors/index.js';
import { foldWidth } from '../data/normalize-text.js';
import { parseNumber } from '../data/parse-number.js';
import { cellWhere } from './columns.js';
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
  return copyColumn(cached(numbers, table, column, parseNumbers));
}

function parseNumbers(table: SurveyTable, column: string): NumericColumn {
  const cells = table.columns[column] ?? [];
  const values = new Float64Array(table.length).fill(NaN);
  const issues: Issue[] = [];
  for (let i = 0; i < table.length; i++) {
    const parsed = parseNumber(cells[i]);
    if (parsed.kind === 'value') values[i] = parsed.value;
    else if (parsed.kind === 'problem') issues.push(issue('DATA_NOT_A_NUMBER', { value: cells[i] }, cellWhere(table, column, i)));
  }
  return { values, issues };
}

/** True for an empty cell or a placeholder meaning "not filled in" (—, 无). */
export function isBlank(cell: unknown): boolean {
  return parseNumber(cell).kind === 'blank';
}

const YES = new Set(['1', '1.0', 'true', 'yes', 'y', 't', '是', '具备', '达标', '√', '✓']);
const NO = new Set(['0', '0.0', 'false', 'no', 'n', 'f', '否', '不具备', '未达标', '×', '✗']);

/** Reads a 0/1 column (1/0, 是/否, 具备/不具备, true/false); anything else is SURVEY_NOT_BINARY. */
export function readBinary(table: SurveyTable, column: string): NumericColumn {
  return copyColumn(cached(binaries, table, column, parseBinary));
}

function parseBinary(table: SurveyTable, column: string): NumericColumn {
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
}

/** Reads a column as labels for domains and design units: width folded, trimmed; blank is ''. */
export function readLabels(table: SurveyTable, column: string): string[] {
  return cached(labelColumns, table, column, parseLabels).slice();
}

function parseLabels(table: SurveyTable, column: string): string[] {
  const cells = table.columns[column] ?? [];
  const labels = new Array<string>(table.length);
  for (let i = 0; i < table.length; i++) {
    const cell = cells[i];
    if (cell === null || cell === undefined) labels[i] = '';
    else if (typeof cell === 'number') labels[i] = String(cell);
    else {
      const text = String(cell);
      // Only text with full-width forms needs folding; most cells are plain ASCII or CJK.
      labels[i] = (/[\uff01-\uff5e\u3000。．−－]/.test(text) ? foldWidth(text) : text).trim();
    }
  }
  return labels;
}

// Each column is read once per table: a workspace estimates several breakdowns and indicators from
// one respondent file, and each estimate() reads the weights, strata, PSUs and domains again.
// Tables are immutable (readonly columns), so a column's reading never changes; callers get copies.
const numbers = new WeakMap<SurveyTable, Map<string, NumericColumn>>();
const binaries = new WeakMap<SurveyTable, Map<string, NumericColumn>>();
const labelColumns = new WeakMap<SurveyTable, Map<string, string[]>>();

function cached<T>(cache: WeakMap<SurveyTable, Map<string, T>>, table: SurveyTable, column: string, read: (table: SurveyTable, column: string) => T): T {
  let byColumn = cache.get(table);
  if (!byColumn) cache.set(table, (byColumn = new Map()));
  let result = byColumn.get(column);
  if (result === undefined) byColumn.set(column, (result = read(table, column)));
  return result;
}

function copyColumn(column: NumericColumn): NumericColumn {
  return { values: column.values.slice(), issues: [...column.issues] };
}
