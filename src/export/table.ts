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
 * its columns in order with their data, and extra key-value metadata. A schema name's version
 * changes whenever a column is removed, renamed, retyped or changes meaning; adding a column at
 * the end does not.
 */
export interface ExportTable {
  schema: string;
  columns: (ColumnSpec & { data: readonly unknown[] })[];
  /** More key-value metadata, beside `kepu.schema` and `kepu.columns`. */
  metadata: Record<string, string>;
}
