import type { ColumnChunk, CompressionCodec, Encoding } from 'hyparquet';
import { ByteWriter } from 'hyparquet-writer/src/bytewriter.js';
import { writePageHeader } from 'hyparquet-writer/src/datapage.js';
import { writePlain } from 'hyparquet-writer/src/plain.js';
import { snappyCompress } from 'hyparquet-writer/src/snappy.js';
import { rleHybrid, rleHybridBound } from './rle-hybrid.js';
import type { BatchColumn, ColumnSpec, ColumnType } from './table.js';
import { DoubleColumn } from './table.js';

/** How a column chunk is written: its codec, and whether it carries min/max statistics. */
export interface ChunkOptions {
  codec: Extract<CompressionCodec, 'SNAPPY' | 'UNCOMPRESSED'>;
  statistics: boolean;
}

/** The Parquet physical type of each of kepu's column types. */
const PHYSICAL = { STRING: 'BYTE_ARRAY', INT32: 'INT32', DOUBLE: 'DOUBLE', BOOLEAN: 'BOOLEAN' } as const satisfies Record<ColumnType, string>;

/**
 * One column of a Parquet file, encoded as its rows come (`add`, a batch at a time, null or
 * undefined for a null) and written as one column chunk per row group (`write`): a dictionary
 * page and an RLE_DICTIONARY data page for text, integers and doubles with few distinct values,
 * a PLAIN data page otherwise (doubles mostly distinct, booleans); data page v2, definition
 * levels when the column is nullable, one page per chunk. The file's magic, schema and footer
 * stay hyparquet-writer's (src/export/parquet.ts), as do the page headers and snappy.
 *
 * Why not hyparquet-writer's ParquetWriter.write, which this replaces for the pages: it takes any
 * schema, nested or not, so it copies each column several times (the group's slice, definition
 * and repetition levels, the values without nulls, each page's slices) and looks every value up
 * in a map. Writing a national table of 1.6 million rows took it 7 of the 8 seconds of `kepu
 * compute --format parquet` (issue 20). kepu's columns are flat and typed: each batch is read
 * once, as it comes, into typed arrays kept from one row group to the next (a sorted column
 * repeats its last value, so most rows skip the dictionary's map), and the batch is let go.
 */
export class ColumnChunkBuilder {
  private rows = 0;
  private nonNull = 0;
  /** 1 where a row has a value; absent when the column cannot be null. */
  private definitionLevels?: Uint8Array;
  /** Dictionary-encoded columns: the distinct values in order of first appearance, their indices by key, and each value's index. */
  private dictionary: unknown[] = [];
  private index = new Map<unknown, number>();
  private indices = new Int32Array(0);
  /** PLAIN doubles and booleans: the values (booleans as 0 and 1). */
  private plain = new Float64Array(0);
  /** Whether this chunk's values go through the dictionary; decided at its first batch for doubles. */
  private dictionaryEncoded: boolean | undefined;
  private last: unknown = undefined;
  private lastIndex = -1;

  constructor(
    private readonly spec: ColumnSpec,
    private readonly options: ChunkOptions,
    /** Rows a chunk holds at most: the row-group size. */
    private readonly capacity: number,
  ) {
    this.definitionLevels = spec.nullable ? new Uint8Array(0) : undefined;
    this.dictionaryEncoded = spec.type === 'BOOLEAN' ? false : spec.type === 'DOUBLE' ? undefined : true;
  }

  /** Appends a batch of rows to the chunk being built (read at once: a DoubleColumn may be filled again after). */
  add(values: BatchColumn): void {
    if (this.rows + values.length > this.capacity) throw new Error(`internal: column ${this.spec.name} given more than ${this.capacity} rows for a row group`);
    if (values instanceof DoubleColumn) {
      if (this.spec.type !== 'DOUBLE') throw new Error(`internal: column ${this.spec.name} (${this.spec.type}) given doubles`);
      this.dictionaryEncoded ??= repetitive(values.length, (i) => values.get(i));
      this.reserve(this.rows + values.length);
      if (this.dictionaryEncoded) this.addDoublesToDictionary(values);
      else this.addDoublesPlain(values);
      return;
    }
    this.dictionaryEncoded ??= repetitive(values.length, (i) => values[i]);
    this.reserve(this.rows + values.length);
    if (this.dictionaryEncoded) this.addToDictionary(values);
    else this.addPlain(values);
  }

  /**
   * Room for `rows` rows in the typed arrays, kept from one row group to the next: grown by
   * doubling up to the row-group size, so a small table does not take a national table's room.
   */
  private reserve(rows: number): void {
    const grown = (length: number) => Math.min(this.capacity, Math.max(rows, 2 * length, 1024));
    if (this.definitionLevels && this.definitionLevels.length < rows) this.definitionLevels = copyInto(new Uint8Array(grown(this.definitionLevels.length)), this.definitionLevels, this.rows);
    if (this.dictionaryEncoded) {
      if (this.indices.length < rows) this.indices = copyInto(new Int32Array(grown(this.indices.length)), this.indices, this.nonNull);
    } else if (this.plain.length < rows) this.plain = copyInto(new Float64Array(grown(this.plain.length)), this.plain, this.nonNull);
  }

  /** Records a row's definition level; true when its value is null, which a column that cannot be null refuses. */
  private isNull(v: unknown, row: number): boolean {
    const missing = v === null || v === undefined;
    if (this.definitionLevels) this.definitionLevels[row] = missing ? 0 : 1;
    else if (missing) throw badValue(this.spec, row, v);
    return missing;
  }

  private addToDictionary(values: readonly unknown[]): void {
    const { indices, spec } = this;
    const check = VALUE_CHECK[spec.type];
    let { rows, nonNull: n, last, lastIndex } = this;
    for (let i = 0; i < values.length; i++, rows++) {
      const v = values[i];
      if (this.isNull(v, rows)) continue;
      // (0 === -0, and a Map takes them for one key: a double's -0 is kept apart, as it was written.)
      if (v !== last || (v === 0 && !Object.is(v, last))) {
        if (!check(v)) throw badValue(spec, rows, v);
        last = v;
        lastIndex = this.indexOf(v);
      }
      indices[n++] = lastIndex;
    }
    this.rows = rows;
    this.nonNull = n;
    this.last = last;
    this.lastIndex = lastIndex;
  }

  /**
   * addToDictionary for a DoubleColumn: the same keys and indices, read from its typed arrays. A
   * loop of its own: one loop reading either kind of column (a test per value) made a national
   * Parquet export 0.1 s slower (2.77–3.03 against 2.63–2.86 s, four alternating runs), most of it
   * in the text columns' loop.
   */
  private addDoublesToDictionary(column: DoubleColumn): void {
    const { indices } = this;
    const { values, present } = column;
    let { rows, nonNull: n, last, lastIndex } = this;
    for (let i = 0; i < column.length; i++, rows++) {
      if (this.isNull(present[i] ? values[i] : null, rows)) continue;
      const v = values[i]!;
      if (v !== last || (v === 0 && !Object.is(v, last))) {
        last = v;
        lastIndex = this.indexOf(v);
      }
      indices[n++] = lastIndex;
    }
    this.rows = rows;
    this.nonNull = n;
    this.last = last;
    this.lastIndex = lastIndex;
  }

  /** A value's place in the dictionary, added at the end when new. */
  private indexOf(v: unknown): number {
    const key = v === 0 && Object.is(v, -0) ? NEGATIVE_ZERO : v;
    let k = this.index.get(key);
    if (k === undefined) {
      this.index.set(key, (k = this.dictionary.length));
      this.dictionary.push(v);
    }
    return k;
  }

  /** addPlain for a DoubleColumn. */
  private addDoublesPlain(column: DoubleColumn): void {
    const { plain } = this;
    const { values, present } = column;
    let { rows, nonNull: n } = this;
    for (let i = 0; i < column.length; i++, rows++) {
      if (this.isNull(present[i] ? values[i] : null, rows)) continue;
      plain[n++] = values[i]!;
    }
    this.rows = rows;
    this.nonNull = n;
  }

  private addPlain(values: readonly unknown[]): void {
    const { plain, spec } = this;
    let { rows, nonNull: n } = this;
    for (let i = 0; i < values.length; i++, rows++) {
      const v = values[i];
      if (this.isNull(v, rows)) continue;
      if (spec.type === 'DOUBLE' && typeof v === 'number') plain[n++] = v;
      else if (spec.type === 'BOOLEAN' && typeof v === 'boolean') plain[n++] = v ? 1 : 0;
      else throw badValue(spec, rows, v);
    }
    this.rows = rows;
    this.nonNull = n;
  }

  /** Writes the chunk built so far to `writer` and starts the next one; returns the chunk's metadata for its row group. */
  write(writer: ByteWriter): ColumnChunk {
    const { spec, options, rows, nonNull } = this;
    const type = PHYSICAL[spec.type];
    const start = writer.offset;
    let uncompressed = 0;
    let dictionaryOffset: bigint | undefined;
    // A chunk of nulls only has no dictionary: its data page is empty, and PLAIN.
    const withDictionary = this.dictionaryEncoded === true && this.dictionary.length > 0;
    if (withDictionary) {
      dictionaryOffset = BigInt(writer.offset);
      const page = new ByteWriter();
      writePlain(page, this.dictionary, type, undefined);
      uncompressed += writePage(writer, page.getBytes(), undefined, options.codec, { type: 'DICTIONARY_PAGE', dictionary_page_header: { num_values: this.dictionary.length, encoding: 'PLAIN' } });
    }
    const dataOffset = BigInt(writer.offset);
    let levels: Uint8Array | undefined;
    if (this.definitionLevels) {
      levels = new Uint8Array(rleHybridBound(rows, 1));
      levels = levels.subarray(0, rleHybrid(this.definitionLevels, rows, 1, levels, 0));
    }
    const encoding: Encoding = withDictionary ? 'RLE_DICTIONARY' : 'PLAIN';
    uncompressed += writePage(writer, this.data(withDictionary), levels, options.codec, {
      type: 'DATA_PAGE_V2',
      data_page_header_v2: {
        num_values: rows,
        num_nulls: rows - nonNull,
        num_rows: rows,
        encoding,
        definition_levels_byte_length: levels?.length ?? 0,
        repetition_levels_byte_length: 0,
        is_compressed: options.codec !== 'UNCOMPRESSED',
      },
    });
    const chunk: ColumnChunk = {
      file_offset: BigInt(start),
      meta_data: {
        type,
        // PLAIN (values or the dictionary page), RLE (definition levels), RLE_DICTIONARY (indices).
        encodings: ['PLAIN', ...(levels ? ['RLE' as const] : []), ...(withDictionary ? ['RLE_DICTIONARY' as const] : [])],
        path_in_schema: [spec.name],
        codec: options.codec,
        num_values: BigInt(rows),
        total_uncompressed_size: BigInt(uncompressed),
        total_compressed_size: BigInt(writer.offset - start),
        data_page_offset: dataOffset,
        dictionary_page_offset: dictionaryOffset,
        statistics: options.statistics ? this.statistics() : undefined,
      },
    };
    this.reset();
    return chunk;
  }

  /** The data page's values: dictionary indices (bit width, then RLE/bit-packed), or PLAIN values (none when every row is null). */
  private data(withDictionary: boolean): Uint8Array {
    const n = this.nonNull;
    if (n === 0) return new Uint8Array(0);
    if (withDictionary) {
      // The bit width of the largest index, before the indices (as the format asks).
      const size = this.dictionary.length;
      const bitWidth = size > 1 ? 32 - Math.clz32(size - 1) : 0;
      const out = new Uint8Array(1 + rleHybridBound(n, bitWidth));
      out[0] = bitWidth;
      return out.subarray(0, rleHybrid(this.indices, n, bitWidth, out, 1));
    }
    const { plain } = this;
    if (this.spec.type === 'BOOLEAN') {
      // PLAIN booleans are bit-packed, least significant bit first.
      const bits = new Uint8Array(Math.ceil(n / 8));
      for (let i = 0; i < n; i++) if (plain[i]) bits[i >> 3]! |= 1 << (i & 7);
      return bits;
    }
    return littleEndian(plain.subarray(0, n));
  }

  /** Null count, and the least and greatest values (numbers by value with NaN left out, text by UTF-8 bytes): the order the format's statistics use. */
  private statistics() {
    const values: ArrayLike<unknown> = this.dictionaryEncoded ? this.dictionary : this.plain.subarray(0, this.nonNull);
    const before = this.spec.type === 'STRING' ? (a: unknown, b: unknown) => Buffer.compare(Buffer.from(a as string), Buffer.from(b as string)) < 0 : (a: unknown, b: unknown) => (a as number) < (b as number);
    let min: unknown;
    let max: unknown;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (typeof v === 'number' && Number.isNaN(v)) continue;
      if (min === undefined || before(v, min)) min = v;
      if (max === undefined || before(max, v)) max = v;
    }
    if (this.spec.type === 'BOOLEAN' && min !== undefined) [min, max] = [min === 1, max === 1];
    // Signed zeros as the format asks: min -0, max +0.
    if (min === 0) min = -0;
    if (max === 0) max = 0;
    return { null_count: BigInt(this.rows - this.nonNull), ...(min !== undefined ? { min_value: min as string | number | boolean, max_value: max as string | number | boolean } : {}) };
  }

  private reset(): void {
    this.rows = 0;
    this.nonNull = 0;
    this.dictionary = [];
    this.index = new Map();
    this.last = undefined;
    this.lastIndex = -1;
    if (this.spec.type === 'DOUBLE') this.dictionaryEncoded = undefined;
  }
}

/** `to` with the first `count` entries of `from`. */
function copyInto<T extends Uint8Array | Int32Array | Float64Array>(to: T, from: T, count: number): T {
  to.set(from.subarray(0, count) as never);
  return to;
}

/**
 * Doubles are dictionary-encoded when at most this share of a sample of a chunk's first batch is
 * distinct (a scale, a coverage count); measured values, nearly all distinct, are written PLAIN.
 */
const DICTIONARY_SHARE = 1 / 8;
const SAMPLE = 1024;
const NEGATIVE_ZERO = Symbol('-0');

/** Whether a sample of a batch's non-null values repeats enough for a dictionary to pay. */
function repetitive(length: number, at: (i: number) => unknown): boolean {
  const seen = new Set<unknown>();
  let sampled = 0;
  for (let i = 0; i < length && sampled < SAMPLE; i++) {
    const v = at(i);
    if (v === null || v === undefined) continue;
    sampled++;
    seen.add(v);
  }
  return seen.size <= sampled * DICTIONARY_SHARE;
}

/** The values each type takes: text, 32-bit integers, doubles (NaN and infinities too), booleans. */
const VALUE_CHECK: Record<ColumnType, (v: unknown) => boolean> = {
  STRING: (v) => typeof v === 'string',
  INT32: (v) => typeof v === 'number' && Number.isInteger(v) && v >= -2147483648 && v <= 2147483647,
  DOUBLE: (v) => typeof v === 'number',
  BOOLEAN: (v) => typeof v === 'boolean',
};

function badValue(spec: ColumnSpec, row: number, value: unknown): Error {
  return new Error(`internal: column ${spec.name} (${spec.type}${spec.nullable ? '' : ', not null'}) cannot hold ${JSON.stringify(value)} (row ${row + 1} of its row group)`);
}

/** Doubles as PLAIN bytes: little-endian, as typed arrays hold them on nearly every platform Node runs on. */
function littleEndian(values: Float64Array): Uint8Array {
  if (LITTLE_ENDIAN) return new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
  const bytes = new Uint8Array(values.length * 8);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < values.length; i++) view.setFloat64(i * 8, values[i]!, true);
  return bytes;
}
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * Appends one page: its header, the definition levels (never compressed, in a v2 data page) and
 * the values, compressed by `codec`. Returns the page's uncompressed size with its header.
 */
function writePage(writer: ByteWriter, data: Uint8Array, levels: Uint8Array | undefined, codec: ChunkOptions['codec'], header: Omit<Parameters<typeof writePageHeader>[1], 'uncompressed_page_size' | 'compressed_page_size'>): number {
  const body = codec === 'SNAPPY' ? snappyCompress(data) : data;
  const levelBytes = levels?.length ?? 0;
  const start = writer.offset;
  writePageHeader(writer, { ...header, uncompressed_page_size: levelBytes + data.length, compressed_page_size: levelBytes + body.length });
  const headerSize = writer.offset - start;
  if (levels?.length) writer.appendBytes(levels);
  writer.appendBytes(body);
  return headerSize + levelBytes + data.length;
}
