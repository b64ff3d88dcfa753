import type { ExportTable } from './table.js';

/** Columns with min/max statistics, so that engines skip row groups by year, region or indicator. */
const FILTERED = new Set(['region', 'level', 'year', 'indicator', 'target_id']);

/** DuckDB's own row-group size: a national table is a dozen groups engines read in parallel. */
const ROW_GROUP_SIZE = 122_880;

/**
 * Encodes a table as Parquet bytes: one column per ColumnSpec with its declared type (never
 * guessed from the data, so an all-null column or an empty table keeps its type), snappy pages
 * (doubles uncompressed), and the key-value metadata `kepu.schema` (the versioned schema name),
 * `kepu.columns` (JSON: name, type, nullable and meaning of every column) and the table's own.
 * Each row group is written as its batch of rows is made (ExportTable.batches) and let go, so
 * only the file's bytes and one group are held. Deterministic: the same table gives the same
 * bytes (no clock, no host, no version of kepu in the file). hyparquet-writer is loaded on first
 * use, so commands that write no Parquet never load it. `rowGroupSize`: rows per group (tests
 * write small groups to see rows split across them).
 * @example
 * writeAtomic('values.parquet', await toParquet(valuesTable(values, regions, indicators)));
 */
export async function toParquet(table: ExportTable, rowGroupSize = ROW_GROUP_SIZE): Promise<Uint8Array> {
  const { ByteWriter, ParquetWriter, schemaFromColumnData } = await import('hyparquet-writer');
  const { columns } = table;
  const writer = new ByteWriter();
  const parquet = new ParquetWriter({
    writer,
    schema: schemaFromColumnData({ columnData: columns.map(({ name, type, nullable }) => ({ name, type, nullable, data: [] })) }),
    codec: 'SNAPPY',
    kvMetadata: [
      { key: 'kepu.schema', value: table.schema },
      { key: 'kepu.columns', value: JSON.stringify(columns.map(({ name, type, nullable, description }) => ({ name, type, nullable, description }))) },
      ...Object.entries(table.metadata).map(([key, value]) => ({ key, value })),
    ],
    createdBy: 'kepu-monitor',
  });
  // Statistics (min/max per page) only on the columns engines filter by: on every column they
  // took half the writing time of a national table (hyparquet-writer 0.17.0).
  // Doubles are written uncompressed: they are most of the bytes, snappy (pure JavaScript here)
  // was most of the writing time of the doubles and saves only 45% on them; text and integer
  // columns are dictionary-encoded and cheap to compress.
  const options = columns.map((c) => ({ name: c.name, statistics: FILTERED.has(c.name), ...(c.type === 'DOUBLE' ? { codec: 'UNCOMPRESSED' as const } : {}) }));
  for (const batch of table.batches(rowGroupSize)) {
    // A batch is one row group (every batch but the last is full).
    parquet.write({ columnData: options.map((o, j) => ({ ...o, data: batch[j]! })), rowGroupSize });
  }
  parquet.finish();
  return new Uint8Array(writer.getBuffer());
}
