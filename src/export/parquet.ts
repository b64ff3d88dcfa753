import type { ExportTable } from './table.js';

/**
 * Encodes a table as Parquet bytes: one column per ColumnSpec with its declared type (never
 * guessed from the data, so an all-null column or an empty table keeps its type), snappy pages,
 * and the key-value metadata `kepu.schema` (the versioned schema name), `kepu.columns` (JSON: name,
 * type, nullable and meaning of every column) and the table's own. Deterministic: the same table
 * gives the same bytes (no clock, no host, no version of kepu in the file). hyparquet-writer is
 * loaded on first use, so commands that write no Parquet never load it.
 * @example
 * writeAtomic('values.parquet', await toParquet(valuesTable(values, regions, indicators)));
 */
export async function toParquet(table: ExportTable): Promise<Uint8Array> {
  const { parquetWriteBuffer } = await import('hyparquet-writer');
  const columns = table.columns.map(({ name, type, nullable, description }) => ({ name, type, nullable, description }));
  const buffer = parquetWriteBuffer({
    columnData: table.columns.map((c) => ({ name: c.name, type: c.type, nullable: c.nullable, data: c.data as unknown[] })),
    kvMetadata: [
      { key: 'kepu.schema', value: table.schema },
      { key: 'kepu.columns', value: JSON.stringify(columns) },
      ...Object.entries(table.metadata).map(([key, value]) => ({ key, value })),
    ],
    createdBy: 'kepu-monitor',
  });
  return new Uint8Array(buffer);
}
