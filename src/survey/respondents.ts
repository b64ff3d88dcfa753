import type { Issue } from '../errors/index.js';
import { issue } from '../errors/index.js';
import type { Grid } from '../data/csv.js';
import { columnLetter } from '../data/header.js';
import { detectRoles } from './columns.js';
import type { SurveyTable } from './types.js';

/**
 * Turns a respondent file's grid (readTable: CSV in UTF-8 or GBK, XLSX) into a SurveyTable: the
 * header is the first of the first ten rows with two or more cells, all of them text (a title row
 * above it is skipped); each later row is a respondent, keeping its spreadsheet row number; header
 * synonyms (权重, 层, 村居, 区县 …) mark the design and domain roles. Pure.
 * @example
 * const { table, issues } = parseRespondents((await readTable(bytes, file)).grid, file);
 */
export function parseRespondents(grid: Grid, file: string): { table?: SurveyTable; issues: Issue[] } {
  const at = grid.rows.slice(0, 10).findIndex(({ cells }) => {
    const filled = cells.filter((c) => c !== null && c !== undefined && String(c).trim() !== '');
    return filled.length >= 2 && filled.every((c) => typeof c === 'string' && !/^[\d.,\s-]+$/.test(c));
  });
  if (at < 0) return { issues: [issue('DATA_NO_HEADER', { expected: ['权重/weight', '层/stratum', '村居/psu', '…'] }, { file, row: grid.rows[0]?.row ?? 1 })] };
  const headerCells = grid.rows[at]!.cells;
  const headers: string[] = [];
  // Keyed by header text, which is the user's: without a prototype, a column headed __proto__ or
  // constructor is a column like any other instead of vanishing into Object.prototype.
  const letters: Record<string, string> = Object.create(null) as Record<string, string>;
  headerCells.forEach((cell, i) => {
    const text = cell === null || cell === undefined ? '' : String(cell).trim();
    let name = text || columnLetter(i);
    for (let k = 2; Object.hasOwn(letters, name); k++) name = `${text || columnLetter(i)} (${k})`;
    headers.push(name);
    letters[name] = columnLetter(i);
  });
  const body = grid.rows.slice(at + 1);
  const columns: Record<string, unknown[]> = Object.create(null) as Record<string, unknown[]>;
  headers.forEach((h, i) => (columns[h] = body.map((row) => row.cells[i] ?? null)));
  const table: SurveyTable = {
    columns,
    length: body.length,
    roles: detectRoles(headers),
    source: { file, rows: body.map((row) => row.row), letters },
  };
  return { table, issues: body.length ? [] : [issue('DATA_EMPTY_FILE', {}, { file })] };
}
