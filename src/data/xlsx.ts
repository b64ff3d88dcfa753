import type ExcelJS from 'exceljs';
import type { Issue } from '../errors/index.js';
import { issue, warning } from '../errors/index.js';
import { excel } from '../util/excel.js';
import type { Grid } from './csv.js';
import { checkXlsxLimits } from './xlsx-limits.js';

export interface XlsxRead extends Grid {
  sheet: string;
  issues: Issue[];
  /** The workbook could not be read (damaged, or beyond XLSX_LIMITS): rows are empty. */
  unreadable?: boolean;
}

/**
 * Reads the first visible worksheet with data of an .xlsx file into a grid. Formula cells give
 * their cached result, with one warning saying so (formulas without a cached result are listed
 * in `uncalculated`, for the reader of the grid to refuse where a value was expected); percent-formatted cells give "15%" (Excel stores 0.15) so that shares are
 * read without ambiguity; error cells give their text (#DIV/0!). Merged cells repeat the master
 * value and are listed in `merged`, so that a value spread over several rows can be refused. A
 * hidden sheet with data is not read, with a warning. Limits (xlsx-limits.ts) are checked first.
 */
export async function readXlsx(bytes: Uint8Array, file: string, options: { sheet?: string } = {}): Promise<XlsxRead> {
  const refuse = (found: Issue): XlsxRead => ({ rows: [], sheet: '', issues: [found], unreadable: true });
  const problem = checkXlsxLimits(bytes);
  if (problem?.kind === 'corrupt') return refuse(issue('INPUT_XLSX_CORRUPT', { detail: problem.detail }, { file }));
  if (problem?.kind === 'expands') return refuse(issue('INPUT_XLSX_EXPANDS', { part: problem.part, limit: problem.limit }, { file }));
  if (problem?.kind === 'rows') return refuse(issue('INPUT_TOO_MANY_ROWS', { limit: problem.limit }, { file }));
  const workbook = new (await excel()).Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (error) {
    return refuse(issue('INPUT_XLSX_CORRUPT', { detail: (error as Error).message.split('\n')[0]! }, { file }));
  }
  const issues: Issue[] = [];
  const sheets = workbook.worksheets.filter((s) => (options.sheet ? s.name === options.sheet : s.state === 'visible' || s.state === undefined));
  const sheet = sheets.find((s) => s.actualRowCount > 0) ?? sheets[0];
  if (!options.sheet) {
    for (const hidden of workbook.worksheets.filter((s) => s.state === 'hidden' || s.state === 'veryHidden')) {
      if (hidden.actualRowCount > 0) issues.push(warning('INPUT_HIDDEN_SHEET', { sheet: hidden.name, read: sheet?.name ?? '' }, { file }));
    }
  }
  if (!sheet) return { rows: [], sheet: '', issues };
  const rows: Grid['rows'] = [];
  const merged = new Map<string, string>();
  const uncalculated = new Map<string, string>();
  const formulas: string[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: unknown[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      const slave = cell.isMerged && cell.master !== cell;
      if (slave) merged.set(`${rowNumber}:${col - 1}`, cell.master.address);
      const value = cell.value;
      if (!slave && value && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)) {
        const { result, formula, sharedFormula } = value as { result?: unknown; formula?: string; sharedFormula?: string };
        if (result === undefined || result === null) uncalculated.set(`${rowNumber}:${col - 1}`, `=${formula ?? sharedFormula ?? ''}`);
        else formulas.push(cell.address);
      }
      cells[col - 1] = cellValue(value, cell.numFmt);
    });
    if (cells.some((c) => c !== undefined && c !== null && String(c).trim() !== '')) rows.push({ row: rowNumber, cells });
  });
  if (formulas.length) issues.push(warning('INPUT_FORMULA_CACHED', { count: formulas.length, first: formulas[0]! }, { file }));
  return { rows, sheet: sheet.name, issues, ...(merged.size ? { merged } : {}), ...(uncalculated.size ? { uncalculated } : {}) };
}

function cellValue(value: ExcelJS.CellValue, numFmt: string | undefined): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') return numFmt && numFmt.includes('%') ? `${Number((value * 100).toPrecision(12))}%` : value;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((t) => t.text).join('');
  if ('error' in value) return value.error;
  if ('result' in value) return cellValue(value.result as ExcelJS.CellValue, numFmt);
  if ('formula' in value || 'sharedFormula' in value) return undefined;
  if ('text' in value) return value.text;
  return String(value);
}
