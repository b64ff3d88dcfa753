import type { Issue } from '../errors/index.js';
import { issue } from '../errors/index.js';
import type { Grid } from './csv.js';
import { parseCsv } from './csv.js';
import type { Encoding } from './decode.js';
import { decodeText } from './decode.js';
import { readXlsx } from './xlsx.js';

export interface TableFile {
  grid: Grid;
  issues: Issue[];
  /** What was read: the text encoding of a CSV, the sheet of a workbook. */
  encoding?: Encoding;
  sheet?: string;
}

/**
 * Turns a table file's bytes into a grid of cells, by file extension: .csv/.txt/.tsv (encoding
 * detected), .xlsx, .json (an array of records, or { "rows": [...] }). Pure except for being async.
 */
export async function readTable(bytes: Uint8Array, file: string, options: { encoding?: Encoding; sheet?: string } = {}): Promise<TableFile> {
  const ext = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase();
  if (ext === 'xlsx' || ext === 'xlsm') {
    const { sheet, ...grid } = await readXlsx(bytes, options);
    return { grid, issues: grid.rows.length ? [] : [issue('DATA_EMPTY_FILE', {}, { file })], sheet };
  }
  if (ext === 'csv' || ext === 'tsv' || ext === 'txt') {
    const { text, encoding } = decodeText(bytes, options.encoding);
    const { grid, issues } = parseCsv(text, file);
    if (grid.rows.length === 0) issues.push(issue('DATA_EMPTY_FILE', {}, { file }));
    return { grid, issues, encoding };
  }
  if (ext === 'json') return readJsonTable(decodeText(bytes).text, file);
  return { grid: { rows: [] }, issues: [issue('DATA_UNSUPPORTED_FORMAT', { file })] };
}

/** JSON records become a grid whose header row is the union of keys (row 1), record i on row i + 2. */
function readJsonTable(text: string, file: string): TableFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { grid: { rows: [] }, issues: [issue('SCHEMA_INVALID', { detail: `JSON: ${(error as Error).message}` }, { file })] };
  }
  const records = Array.isArray(data) ? data : (data as { rows?: unknown })?.rows;
  if (!Array.isArray(records) || records.some((r) => typeof r !== 'object' || r === null || Array.isArray(r))) {
    return { grid: { rows: [] }, issues: [issue('SCHEMA_INVALID_TYPE', { expected: 'array', got: typeof data }, { file })] };
  }
  const keys = [...new Set(records.flatMap((r) => Object.keys(r as object)))];
  const rows: Grid['rows'] = [{ row: 1, cells: keys }];
  records.forEach((r, i) => rows.push({ row: i + 2, cells: keys.map((k) => (r as Record<string, unknown>)[k]) }));
  return { grid: { rows }, issues: records.length ? [] : [issue('DATA_EMPTY_FILE', {}, { file })] };
}
