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
   * The rows in batches of `size` (the last may be shorter; none is empty), each batch one column
   * of values per column in the order of `columns`: an array (null or undefined for a null), or a
   * DoubleColumn, which a table may fill again for the next batch, so a reader takes what it needs
   * of a batch before asking for the next. A writer writes each batch as it comes and lets it go: a
   * national table held as 26 arrays of 1.8 million entries took more than a gigabyte (issue 20).
   */
  batches(size: number): Iterable<BatchColumn[]>;
  /** More key-value metadata, beside `kepu.schema` and `kepu.columns`. */
  metadata: Record<string, string>;
}

/** One column of a batch (ExportTable.batches). */
export type BatchColumn = unknown[] | DoubleColumn;

/**
 * A batch's column of doubles, unboxed: the value of row i in `values[i]` when `present[i]` is 1,
 * null when it is 0. A national values table writes seven such columns of 1.6 million rows; as
 * arrays of numbers and holes made for each batch they were 340 MB of the export's allocations
 * (issue 20). One is filled again for each batch.
 */
export class DoubleColumn {
  readonly values: Float64Array;
  readonly present: Uint8Array;
  /** Rows in this batch (at most the capacity). */
  length: number;

  constructor(capacity: number) {
    this.values = new Float64Array(capacity);
    this.present = new Uint8Array(capacity);
    this.length = capacity;
  }

  /** Sets row i to a number, or to null. */
  set(i: number, v: number | null): void {
    if (v === null) this.present[i] = 0;
    else {
      this.values[i] = v;
      this.present[i] = 1;
    }
  }

  /** Row i's value, null when it has none. */
  get(i: number): number | null {
    return this.present[i] ? this.values[i]! : null;
  }
}

/** Rows held in memory, in batches of `size`, each cell taken by `cell` (ExportTable.batches). */
export function* rowBatches<R>(rows: readonly R[], columns: readonly ColumnSpec[], cell: (row: R, column: string) => unknown, size: number): Generator<unknown[][]> {
  for (let start = 0; start < rows.length; start += size) {
    const part = rows.slice(start, start + size);
    yield columns.map((c) => part.map((row) => cell(row, c.name)));
  }
}
