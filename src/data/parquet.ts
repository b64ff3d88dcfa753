import type { Issue } from '../errors/index.js';
import { issue } from '../errors/index.js';
import type { Grid } from './csv.js';

/**
 * The most cells (rows × columns) kepu decodes from one Parquet file. A file's bytes are bounded
 * by MAX_TABLE_BYTES, but a column of repeated values compresses to almost nothing, so a small
 * file can decode to billions of cells: the count is read from the footer and checked before any
 * page is decoded. A national table in long form is 1.2 M rows × 7 columns, far below.
 */
export const PARQUET_MAX_CELLS = 40_000_000;

export interface ParquetRead extends Grid {
  issues: Issue[];
  /** The file is not a Parquet file kepu can read (damaged, cut off, beyond the limit): rows are empty. */
  unreadable?: boolean;
}

/**
 * Reads a Parquet file into the grid a CSV gives: the column names on row 1, data row i on row
 * i + 2, columns lettered A, B, … in the file's order, so that every check, location and message
 * of observation files works unchanged. Numbers stay numbers (as in a workbook); INT64 within
 * ±2^53 becomes a number, beyond it its decimal text (refused later as a number too large);
 * dates become YYYY-MM-DD, timestamps their ISO text; null and NaN (pandas' "missing") are empty
 * cells, never 0; nested values become their JSON text. Compressed with any codec the format has
 * (snappy, gzip, zstd, brotli, lz4). hyparquet is loaded on first use, like exceljs. `maxCells`:
 * default PARQUET_MAX_CELLS.
 */
export async function readParquet(bytes: Uint8Array, file: string, options: { maxCells?: number } = {}): Promise<ParquetRead> {
  const { maxCells = PARQUET_MAX_CELLS } = options;
  const refuse = (found: Issue): ParquetRead => ({ rows: [], issues: [found], unreadable: true });
  const { parquetMetadata, parquetRead, parquetSchema } = await import('hyparquet');
  const { compressors } = await import('hyparquet-compressors');
  // hyparquet wants an ArrayBuffer of exactly the file (a Buffer may be a view into a larger pool).
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let names: string[];
  let rowCount: number;
  let metadata: ReturnType<typeof parquetMetadata>;
  try {
    metadata = parquetMetadata(buffer);
    names = parquetSchema(metadata).children.map((c) => c.element.name);
    rowCount = Number(metadata.num_rows);
  } catch (error) {
    return refuse(issue('INPUT_PARQUET_CORRUPT', { detail: firstLine(error) }, { file }));
  }
  if (rowCount * names.length > maxCells) {
    return refuse(issue('INPUT_PARQUET_TOO_LARGE', { rows: rowCount, columns: names.length, limit: maxCells }, { file }));
  }
  let data: unknown[][] = [];
  try {
    await parquetRead({ file: buffer, metadata, compressors, rowFormat: 'array', onComplete: (rows) => (data = rows) });
  } catch (error) {
    return refuse(issue('INPUT_PARQUET_CORRUPT', { detail: firstLine(error) }, { file }));
  }
  const rows: Grid['rows'] = [{ row: 1, cells: names }];
  for (let i = 0; i < data.length; i++) {
    const cells = data[i]!.map(cellOf);
    // As CSV drops blank lines but keeps their numbers: a row of nulls gives nothing.
    if (cells.some((c) => c !== undefined && c !== '')) rows.push({ row: i + 2, cells });
  }
  return { rows: names.length ? rows : [], issues: [] };
}

/** One decoded Parquet value as a grid cell (see readParquet). */
export function cellOf(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') return Number.isNaN(value) ? undefined : value;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return value >= -MAX_EXACT && value <= MAX_EXACT ? Number(value) : value.toString();
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (value instanceof Uint8Array) return new TextDecoder().decode(value);
  return JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
}

const MAX_EXACT = BigInt(Number.MAX_SAFE_INTEGER);

/** The first line of a library's error message: what went wrong, without its stack. */
function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 200);
}
