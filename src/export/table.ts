/** The Parquet types kepu writes: text, 32-bit integers, doubles and booleans, each nullable. */
export type ColumnType = 'STRING' | 'INT32' | 'DOUBLE' | 'BOOLEAN';

/** A column of an exported table, with what it means (recorded in the file). */
export interface ColumnSpec {
  name: string;
  type: ColumnType;
  /** May hold nulls. */
  nullable: boolean;
  description: string;
}

/**
 * A table ready to be written for other engines: its versioned schema name (`kepu-values/2`),
 * its columns in order, its rows in batches, and extra key-value metadata. A schema name's version
 * changes whenever a column is removed, renamed, retyped or changes meaning; adding a column at
 * the end does not.
 */
export interface ExportTable {
  schema: string;
  columns: readonly ColumnSpec[];
  /**
   * The rows in batches of `size` (the last may be shorter; none is empty), each batch one array
   * per column in the order of `columns`, made anew at each call. A writer writes each batch as
   * it comes and lets it go: a national table held as 26 arrays of 1.8 million entries took more
   * than a gigabyte (issue 20).
   */
  batches(size: number): Iterable<unknown[][]>;
  /** More key-value metadata, beside `kepu.schema` and `kepu.columns`. */
  metadata: Record<string, string>;
}

/** Rows held in memory, in batches of `size`, each cell taken by `cell` (ExportTable.batches). */
export function* rowBatches<R>(rows: readonly R[], columns: readonly ColumnSpec[], cell: (row: R, column: string) => unknown, size: number): Generator<unknown[][]> {
  for (let start = 0; start < rows.length; start += size) {
    const part = rows.slice(start, start + size);
    yield columns.map((c) => part.map((row) => cell(row, c.name)));
  }
}
