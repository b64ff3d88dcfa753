import type { ExportTable } from './table.js';

/** Columns with min/max statistics, so that engines skip row groups by year, region or indicator. */
const FILTERED = new Set(['region', 'level', 'year', 'indicator', 'target_id']);

/** DuckDB's own row-group size: a national table is a dozen groups engines read in parallel. */
const ROW_GROUP_SIZE = 122_880;

/**
 * Rows per batch (ROW_GROUP_SIZE is eight). A batch's columns are arrays of one value per row; at
 * 8 bytes a value, one of 15,360 stays below the 128 KB from which V8 allocates an object in its
 * large-object space, where each of the 26 × 14 arrays of a national table took 3.5 ms to
 * allocate (1.1 s of its 2.9 s of filling batches of a whole group).
 */
const BATCH = 15_360;

/** The batch size for a row-group size: BATCH when it divides it, else a whole group per batch. */
function batchSize(rowGroupSize: number): number {
  return rowGroupSize % BATCH === 0 ? BATCH : rowGroupSize;
}

/**
 * Encodes a table as Parquet bytes: one column per ColumnSpec with its declared type (never
 * guessed from the data, so an all-null column or an empty table keeps its type), snappy pages
 * (doubles uncompressed), and the key-value metadata `kepu.schema` (the versioned schema name),
 * `kepu.columns` (JSON: name, type, nullable and meaning of every column) and the table's own.
 * Each batch of rows (ExportTable.batches) is encoded into the columns of its row group as it is
 * made, and let go; a group is written when full, so only the file's bytes and one group's
 * encoded columns are held. Deterministic: the same table gives the same bytes (no clock, no
 * host, no version of kepu in the file). hyparquet-writer is loaded on first use, so commands
 * that write no Parquet never load it. `rowGroupSize`: rows per group (tests write small groups
 * to see rows split across them).
 * @example
 * writeAtomic('values.parquet', await toParquet(valuesTable(values, regions, indicators)));
 */
export async function toParquet(table: ExportTable, rowGroupSize = ROW_GROUP_SIZE): Promise<Uint8Array> {
  const [{ ByteWriter, ParquetWriter, schemaFromColumnData }, { ColumnChunkBuilder }] = await Promise.all([import('hyparquet-writer'), import('./parquet-chunk.js')]);
  const { columns } = table;
  const writer = new ByteWriter();
  // The library writes the file's magic, schema and footer; the row groups' column chunks are
  // ColumnChunkBuilder's (parquet-chunk.ts says why).
  const parquet = new ParquetWriter({
    writer,
    schema: schemaFromColumnData({ columnData: columns.map(({ name, type, nullable }) => ({ name, type, nullable, data: [] })) }),
    kvMetadata: [
      { key: 'kepu.schema', value: table.schema },
      { key: 'kepu.columns', value: JSON.stringify(columns.map(({ name, type, nullable, description }) => ({ name, type, nullable, description }))) },
      ...Object.entries(table.metadata).map(([key, value]) => ({ key, value })),
    ],
    createdBy: 'kepu-monitor',
  });
  // Statistics (min/max) only on the columns engines filter by. Doubles are written
  // uncompressed: they are most of the bytes, and snappy (pure JavaScript here) was most of the
  // writing time of the doubles and saved only 45% on them; text and integer columns are
  // dictionary-encoded and cheap to compress.
  const builders = columns.map((c) => new ColumnChunkBuilder(c, { statistics: FILTERED.has(c.name), codec: c.type === 'DOUBLE' ? 'UNCOMPRESSED' : 'SNAPPY' }, rowGroupSize));
  let rows = 0;
  const writeGroup = () => {
    const start = writer.offset;
    const chunks = builders.map((b) => b.write(writer));
    parquet.row_groups.push({
      columns: chunks,
      num_rows: BigInt(rows),
      total_byte_size: chunks.reduce((sum, c) => sum + c.meta_data!.total_uncompressed_size, 0n),
      total_compressed_size: BigInt(writer.offset - start),
    });
    parquet.num_rows += BigInt(rows);
    rows = 0;
  };
  // Each batch is encoded as it comes and let go; a row group is written when its batches fill it.
  for (const batch of table.batches(batchSize(rowGroupSize))) {
    builders.forEach((b, j) => b.add(batch[j]!));
    rows += batch[0]?.length ?? 0;
    if (rows === rowGroupSize) writeGroup();
  }
  if (rows > 0) writeGroup();
  parquet.finish();
  return new Uint8Array(writer.getBuffer());
}
