import type { Issue } from '../errors/index.js';
import { issue } from '../errors/index.js';
import type { Grid } from './csv.js';
import { parseCsv } from './csv.js';
import type { Encoding } from './decode.js';
import { decodeText, lineOfByte } from './decode.js';
import { readParquet } from './parquet.js';
import { readXlsx } from './xlsx.js';

export interface TableFile {
  grid: Grid;
  issues: Issue[];
  /** What was read: the text encoding of a CSV, the sheet of a workbook. */
  encoding?: Encoding;
  sheet?: string;
  /**
   * True when the file could not be read as a table at all (bytes in no known encoding, a control
   * character, a cell or part beyond the limits, a damaged workbook): the grid is empty and the
   * issues say why, so callers report that and do not parse the grid further.
   */
  unreadable?: boolean;
}

/**
 * Turns a table file's bytes into a grid of cells, by file extension: .csv/.txt/.tsv (encoding
 * detected), .xlsx, .json (an array of records, or { "rows": [...] }), .parquet (parquet.ts). Pure
 * except for being async.
 */
export async function readTable(bytes: Uint8Array, file: string, options: { encoding?: Encoding; sheet?: string } = {}): Promise<TableFile> {
  const ext = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase();
  if (ext === 'xlsx' || ext === 'xlsm') {
    const { sheet, issues, unreadable, ...grid } = await readXlsx(bytes, file, options);
    if (unreadable) return { grid: { rows: [] }, issues, unreadable };
    // An empty file is no table: said once, not followed by "no header".
    if (grid.rows.length === 0) return { grid, issues: [...issues, issue('DATA_EMPTY_FILE', {}, { file })], sheet, unreadable: true };
    return { grid, issues, sheet };
  }
  if (ext === 'csv' || ext === 'tsv' || ext === 'txt') {
    const decoded = decodeText(bytes, options.encoding);
    const refused = encodingIssue(decoded.invalid, bytes, file);
    if (refused) return { grid: { rows: [] }, issues: [refused], encoding: decoded.encoding, unreadable: true };
    const { grid, issues, unreadable } = parseCsv(decoded.text, file);
    if (unreadable) return { grid, issues, encoding: decoded.encoding, unreadable };
    if (grid.rows.length === 0 && !issues.some((i) => i.severity === 'error')) {
      return { grid, issues: [...issues, issue('DATA_EMPTY_FILE', {}, { file })], encoding: decoded.encoding, unreadable: true };
    }
    return { grid, issues, encoding: decoded.encoding };
  }
  if (ext === 'parquet') {
    const { issues, unreadable, ...grid } = await readParquet(bytes, file);
    if (unreadable) return { grid: { rows: [] }, issues, unreadable };
    if (grid.rows.length === 0) return { grid, issues: [...issues, issue('DATA_EMPTY_FILE', {}, { file })], unreadable: true };
    return { grid, issues };
  }
  if (ext === 'json') {
    const decoded = decodeText(bytes);
    const refused = encodingIssue(decoded.invalid, bytes, file);
    if (refused) return { grid: { rows: [] }, issues: [refused], unreadable: true };
    return readJsonTable(decoded.text, file);
  }
  return { grid: { rows: [] }, issues: [issue('DATA_UNSUPPORTED_FORMAT', { file }, { file })], unreadable: true };
}

/** The issue of text whose bytes do not decode (a UTF-8 BOM over GBK, two encodings in one file), if any. */
export function encodingIssue(invalid: ReturnType<typeof decodeText>['invalid'], bytes: Uint8Array, file: string): Issue | undefined {
  if (!invalid) return undefined;
  const where = { file, row: lineOfByte(bytes, invalid.at) };
  return invalid.kind === 'declared' ? issue('INPUT_ENCODING', { encoding: 'UTF-8', bom: true }, where) : issue('INPUT_MIXED_ENCODING', {}, where);
}

/** JSON records become a grid whose header row is the union of keys (row 1), record i on row i + 2. */
function readJsonTable(text: string, file: string): TableFile {
  if (text.trim() === '') return { grid: { rows: [] }, issues: [issue('DATA_EMPTY_FILE', {}, { file })], unreadable: true };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    // V8 says "… at position 123 (line 4 column 7)" or only "at position 123": report the line.
    const position = Number(/position (\d+)/.exec(message)?.[1] ?? text.length);
    const line = text.slice(0, position).split('\n').length;
    const detail = message.replace(/ in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)/, '');
    return { grid: { rows: [] }, issues: [issue('INPUT_JSON_SYNTAX', { detail }, { file, line })], unreadable: true };
  }
  const records = Array.isArray(data) ? data : (data as { rows?: unknown })?.rows;
  if (!Array.isArray(records) || records.some((r) => typeof r !== 'object' || r === null || Array.isArray(r))) {
    return { grid: { rows: [] }, issues: [issue('SCHEMA_INVALID_TYPE', { expected: 'array', got: typeof data }, { file })], unreadable: true };
  }
  const keys = [...new Set(records.flatMap((r) => Object.keys(r as object)))];
  const rows: Grid['rows'] = [{ row: 1, cells: keys }];
  records.forEach((r, i) => rows.push({ row: i + 2, cells: keys.map((k) => (Object.hasOwn(r as object, k) ? (r as Record<string, unknown>)[k] : undefined)) }));
  if (!records.length) return { grid: { rows: [] }, issues: [issue('DATA_EMPTY_FILE', {}, { file })], unreadable: true };
  return { grid: { rows }, issues: [] };
}
