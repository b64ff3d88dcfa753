import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { toParquet } from '../../src/export/parquet.js';
import type { ColumnSpec, ExportTable } from '../../src/export/table.js';
import type { BatchColumn } from '../../src/export/table.js';
import { DoubleColumn, rowBatches } from '../../src/export/table.js';

// ColumnChunkBuilder through toParquet: every kind of column, read back by hyparquet's reader.

const COLUMNS: ColumnSpec[] = [
  { name: 'region', type: 'STRING', nullable: false, description: '' },
  { name: 'note', type: 'STRING', nullable: true, description: '' },
  { name: 'year', type: 'INT32', nullable: false, description: '' },
  { name: 'reported', type: 'INT32', nullable: true, description: '' },
  { name: 'value', type: 'DOUBLE', nullable: true, description: '' },
  { name: 'scale', type: 'DOUBLE', nullable: true, description: '' },
  { name: 'change', type: 'DOUBLE', nullable: false, description: '' },
  { name: 'reliable', type: 'BOOLEAN', nullable: true, description: '' },
];

type Row = Record<string, unknown>;

function table(rows: Row[], columns = COLUMNS): ExportTable {
  return { schema: 'test/1', columns, metadata: {}, batches: (size) => rowBatches(rows, columns, (r, c) => r[c], size) };
}

async function read(bytes: Uint8Array) {
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  return { rows: await parquetReadObjects({ file }), metadata: parquetMetadata(file) };
}

/** Rows with every kind of value: repeated and distinct text (Chinese too), nulls, -0, NaN, infinities. */
function sample(n: number): Row[] {
  return Array.from({ length: n }, (_, i) => ({
    region: `37${String(Math.floor(i / 7)).padStart(4, '0')}`,
    note: i % 5 === 0 ? null : i % 3 === 0 ? '未报送：莘县' : `note ${i % 11}`,
    year: 2011 + (i % 15),
    reported: i % 4 === 0 ? null : i % 9,
    value: i % 6 === 0 ? null : [0, -0, NaN, Infinity, -Infinity][i % 50] ?? i * 1.25 - 3,
    scale: i % 2 ? 10000 : i % 3 ? 100 : null,
    // Repeated, so dictionary-encoded, with 0 and -0 apart.
    change: [0, -0, 1.5][i % 3],
    reliable: i % 7 === 0 ? null : i % 2 === 0,
  }));
}

describe('ColumnChunkBuilder (toParquet)', () => {
  it('reads back every value as given: text, integers, doubles (-0, NaN, infinities), booleans and nulls', async () => {
    const rows = sample(500);
    const { rows: back } = await read(await toParquet(table(rows)));
    expect(back).toHaveLength(500);
    for (let i = 0; i < rows.length; i++) {
      for (const c of COLUMNS) expect(Object.is(back[i]![c.name], rows[i]![c.name]), `row ${i} ${c.name}: ${String(back[i]![c.name])} for ${String(rows[i]![c.name])}`).toBe(true);
    }
  });

  it('writes doubles given as a DoubleColumn, filled again for each batch, to the same bytes as given in arrays', async () => {
    // 40,000 rows in batches of 15,360 (toParquet's) and groups of 30,720: 'value' mostly distinct
    // (PLAIN), 'scale' and 'change' repeated (dictionary), with nulls, -0, NaN and infinities.
    const rows = sample(40_000);
    const doubles = new Set(COLUMNS.filter((c) => c.type === 'DOUBLE').map((c) => c.name));
    const typed: ExportTable = {
      ...table(rows),
      *batches(size) {
        const reused = new Map([...doubles].map((name) => [name, new DoubleColumn(size)]));
        for (const batch of rowBatches(rows, COLUMNS, (r, c) => r[c], size)) {
          yield batch.map((column, j): BatchColumn => {
            const into = reused.get(COLUMNS[j]!.name);
            if (!into) return column;
            const values = column as unknown[];
            into.length = values.length;
            values.forEach((v, i) => into.set(i, v as number | null));
            return into;
          });
        }
      },
    };
    const [fromArrays, fromTyped] = [await toParquet(table(rows), 30_720), await toParquet(typed, 30_720)];
    expect(Buffer.from(fromTyped).equals(Buffer.from(fromArrays))).toBe(true);
    const { rows: back } = await read(fromTyped);
    for (const i of [0, 1, 2, 6, 7, 15_359, 15_360, 30_719, 30_720, 39_999]) {
      for (const name of doubles) expect(Object.is(back[i]![name], rows[i]![name]), `row ${i} ${name}`).toBe(true);
    }
  });

  it('refuses doubles for a column of another type', async () => {
    const column = new DoubleColumn(1);
    column.set(0, 1);
    const bad: ExportTable = { schema: 'test/1', columns: [{ name: 'year', type: 'INT32', nullable: false, description: '' }], metadata: {}, batches: () => [[column]] };
    await expect(toParquet(bad)).rejects.toThrow(/column year \(INT32\) given doubles/);
  });

  it('writes a row group from several batches, the last group shorter', async () => {
    // 40,000 rows in groups of 30,720: each group two batches of 15,360, then 9,280 rows.
    const rows = sample(40_000);
    const bytes = await toParquet(table(rows), 30_720);
    const { rows: back, metadata } = await read(bytes);
    expect(metadata.row_groups.map((g) => Number(g.num_rows))).toEqual([30_720, 9_280]);
    expect(back.map((r) => r.region)).toEqual(rows.map((r) => r.region));
    expect(back.map((r) => r.value)).toEqual(rows.map((r) => r.value));
    expect(back.map((r) => r.note)).toEqual(rows.map((r) => r.note));
  });

  it('dictionary-encodes text and integers and doubles that repeat, and writes distinct doubles plain', async () => {
    const { metadata } = await read(await toParquet(table(sample(2_000))));
    const encodings = Object.fromEntries(metadata.row_groups[0]!.columns.map((c) => [c.meta_data!.path_in_schema[0], c.meta_data!.encodings]));
    expect(encodings.region).toContain('RLE_DICTIONARY');
    expect(encodings.year).toContain('RLE_DICTIONARY');
    expect(encodings.scale).toContain('RLE_DICTIONARY');
    expect(encodings.change).toContain('RLE_DICTIONARY');
    expect(encodings.value).not.toContain('RLE_DICTIONARY');
    expect(encodings.reliable).not.toContain('RLE_DICTIONARY');
  });

  it('writes a column of nulls only without a dictionary, and levels only where a column may be null', async () => {
    const columns: ColumnSpec[] = [
      { name: 'region', type: 'STRING', nullable: false, description: '' },
      { name: 'note', type: 'STRING', nullable: true, description: '' },
      { name: 'se', type: 'DOUBLE', nullable: true, description: '' },
    ];
    const rows = [{ region: 'A', note: null, se: null }, { region: 'B', note: null, se: null }];
    const { rows: back, metadata } = await read(await toParquet(table(rows, columns)));
    expect(back).toEqual(rows);
    const meta = Object.fromEntries(metadata.row_groups[0]!.columns.map((c) => [c.meta_data!.path_in_schema[0], c.meta_data!]));
    expect(meta.note!.encodings).toEqual(['PLAIN', 'RLE']);
    expect(meta.note!.dictionary_page_offset).toBeUndefined();
    expect(meta.se!.encodings).toEqual(['PLAIN', 'RLE']);
    expect(meta.region!.encodings).toEqual(['PLAIN', 'RLE_DICTIONARY']);
  });

  it('gives the filtered columns min, max and null count (text by its bytes), and the same bytes twice', async () => {
    const columns: ColumnSpec[] = [
      { name: 'region', type: 'STRING', nullable: true, description: '' },
      { name: 'year', type: 'INT32', nullable: false, description: '' },
    ];
    // 'Z' (0x5a) sorts before '聊' (UTF-8 0xe8…) by bytes, and '' before both.
    const rows = [{ region: '聊城', year: 2024 }, { region: null, year: 2019 }, { region: 'Z', year: 2025 }, { region: '', year: 2020 }];
    const bytes = await toParquet(table(rows, columns));
    const stats = Object.fromEntries((await read(bytes)).metadata.row_groups[0]!.columns.map((c) => [c.meta_data!.path_in_schema[0], c.meta_data!.statistics]));
    expect(stats.region).toMatchObject({ min_value: '', max_value: '聊城', null_count: 1n });
    expect(stats.year).toMatchObject({ min_value: 2019, max_value: 2025, null_count: 0n });
    expect(Buffer.from(await toParquet(table(rows, columns))).equals(Buffer.from(bytes))).toBe(true);
  });

  it('refuses a null in a column that cannot hold one, and a value of another type', async () => {
    await expect(toParquet(table([{ region: 'A' }, { region: null }], [COLUMNS[0]!]))).rejects.toThrow(/column region \(STRING, not null\) cannot hold null \(row 2/);
    await expect(toParquet(table([{ year: 2024.5 }], [{ name: 'year', type: 'INT32', nullable: false, description: '' }]))).rejects.toThrow(/column year .* cannot hold 2024.5/);
    await expect(toParquet(table([{ value: '12' }], [{ name: 'value', type: 'DOUBLE', nullable: true, description: '' }]))).rejects.toThrow(/column value .* cannot hold "12"/);
  });
});
