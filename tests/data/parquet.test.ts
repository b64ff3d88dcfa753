import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parquetWriteBuffer } from 'hyparquet-writer';
import type { ColumnSource } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/errors/index.js';
import { parseObservations } from '../../src/data/observations.js';
import { cellOf, PARQUET_MAX_CELLS, readParquet } from '../../src/data/parquet.js';
import { readTable } from '../../src/data/read-table.js';
import { parseRegions } from '../../src/data/regions.js';
import type { Observation } from '../../src/data/types.js';
import { catalogue } from '../helpers/catalogue.js';

const regionsFile = fileURLToPath(new URL('../fixtures/data/regions-liaocheng.csv', import.meta.url));
const regions = parseRegions((await readTable(readFileSync(regionsFile), 'regions.csv')).grid, 'regions.csv').regions!;
const context = { indicators: catalogue, regions, period: { start: 2021, end: 2025 } };

const parquet = (columns: ColumnSource[]) => new Uint8Array(parquetWriteBuffer({ columnData: columns }));

/** Reads a table file's bytes as `kepu` does and parses its observations; the file name is dropped for comparing twins. */
async function observe(bytes: Uint8Array, file: string) {
  const table = await readTable(bytes, file);
  const parsed = parseObservations(table.grid, file, context);
  const strip = (o: Observation) => ({ ...o, file: undefined });
  return { observations: parsed.observations.map(strip), issues: [...table.issues, ...parsed.issues].map((i) => ({ ...i, where: { ...i.where, file: undefined } })) };
}

// The same table twice: the CSV an office types, and the Parquet an engine writes (numbers as
// numbers, the year as INT64, a missing value as null where the CSV has an empty cell).
const WIDE_CSV = ['地区,年份,科普专项经费（万元）,农民培训（人次）,公民具备科学素质的比例（%）,科普场馆数量',
  '东昌府区,2023,120.5,15000,14.2,2', '茌平区,2023,85,9800,,1', '阳谷县,2024,230,12000,10.9,1'].join('\n');
const wide = () => parquet([
  { name: '地区', data: ['东昌府区', '茌平区', '阳谷县'], type: 'STRING' },
  { name: '年份', data: [2023n, 2023n, 2024n], type: 'INT64' },
  { name: '科普专项经费（万元）', data: [120.5, 85, 230], type: 'DOUBLE' },
  { name: '农民培训（人次）', data: [15000, 9800, 12000], type: 'INT32' },
  { name: '公民具备科学素质的比例（%）', data: [14.2, null, 10.9], type: 'DOUBLE' },
  { name: '科普场馆数量', data: [2, 1, 1], type: 'INT32' },
]);

const LONG_CSV = ['地区,年份,指标,分组,数值,标准误', '东昌府区,2023,公民具备科学素质的比例,城镇,16.1,1.2',
  '东昌府区,2023,公民具备科学素质的比例,农村,9.4,1.5', '阳谷县,2023,科普专项经费,,230,', '371503,2024,农民培训,,9800,'].join('\n');
const long = () => parquet([
  { name: '地区', data: ['东昌府区', '东昌府区', '阳谷县', '371503'], type: 'STRING' },
  { name: '年份', data: [2023, 2023, 2023, 2024], type: 'INT32' },
  { name: '指标', data: ['公民具备科学素质的比例', '公民具备科学素质的比例', '科普专项经费', '农民培训'], type: 'STRING' },
  { name: '分组', data: ['城镇', '农村', null, null], type: 'STRING' },
  { name: '数值', data: [16.1, 9.4, 230, 9800], type: 'DOUBLE' },
  { name: '标准误', data: [1.2, 1.5, null, null], type: 'DOUBLE' },
]);

describe('readParquet', () => {
  it('gives the observations of the same wide table in CSV, at the same rows and columns', async () => {
    const fromCsv = await observe(new TextEncoder().encode(WIDE_CSV), 'wide.csv');
    const fromParquet = await observe(wide(), 'wide.parquet');
    expect(fromParquet.issues).toEqual([]);
    expect(fromCsv.issues).toEqual([]);
    expect(fromParquet.observations).toEqual(fromCsv.observations);
    expect(fromParquet.observations).toHaveLength(11);
    expect(fromParquet.observations.find((o) => o.region === '371521' && o.indicator === 'special_funding')).toMatchObject({ year: 2024, value: 230, row: 4, column: 'C' });
  });

  it('gives the observations of the same long table in CSV, groups and standard errors included', async () => {
    const fromCsv = await observe(new TextEncoder().encode(LONG_CSV), 'long.csv');
    const fromParquet = await observe(long(), 'long.parquet');
    expect(fromParquet.issues).toEqual([]);
    expect(fromParquet.observations).toEqual(fromCsv.observations);
    expect(fromParquet.observations.map((o) => [o.region, o.group, o.value, o.se ?? null])).toEqual([
      ['371502', 'urban', 16.1, 1.2], ['371502', 'rural', 9.4, 1.5], ['371521', 'total', 230, null], ['371503', 'total', 9800, null],
    ]);
  });

  it('locates a bad value in a Parquet file as in a CSV: row (header = 1) and column letter', async () => {
    const bad = parquet([
      { name: '地区', data: ['东昌府区', '茌平区'], type: 'STRING' },
      { name: '年份', data: [2023, 2023], type: 'INT32' },
      { name: '农民培训（人次）', data: ['15000', '约1万'], type: 'STRING' },
    ]);
    const { issues } = await observe(bad, 'bad.parquet');
    expect(issues.map((i) => [i.code, i.where.row, i.where.column])).toEqual([['DATA_APPROXIMATE', 3, 'C']]);
  });

  it('refuses a damaged or renamed file with a located INPUT_PARQUET_CORRUPT, in both languages', async () => {
    const whole = wide();
    for (const bytes of [whole.subarray(0, whole.length - 20), new TextEncoder().encode(WIDE_CSV), new Uint8Array(0)]) {
      const table = await readTable(bytes, 'data/2024.parquet');
      expect(table.unreadable).toBe(true);
      expect(table.issues.map((i) => [i.code, i.where?.file])).toEqual([['INPUT_PARQUET_CORRUPT', 'data/2024.parquet']]);
      expect(formatMessage(table.issues[0]!, 'zh')).toMatch(/^data\/2024\.parquet：不是可读取的 Parquet 文件：parquet/);
      expect(formatMessage(table.issues[0]!, 'en')).toMatch(/^data\/2024\.parquet: not a Parquet file kepu can read: parquet/);
    }
    // Pages damaged behind an intact footer: the reader's error, not a crash.
    const damaged = whole.slice();
    for (let i = 4; i < damaged.length / 2; i++) damaged[i] = 0xff;
    const table = await readTable(damaged, 'x.parquet');
    expect(table.issues.map((i) => i.code)).toEqual(['INPUT_PARQUET_CORRUPT']);
  });

  it('refuses a file whose footer declares more cells than the limit, before decoding', async () => {
    const many = parquet([{ name: 'a', data: new Array(3000).fill(1), type: 'INT32' }, { name: 'b', data: new Array(3000).fill(null), type: 'DOUBLE' }]);
    expect((await readParquet(many, 'many.parquet', { maxCells: 6000 })).rows).toHaveLength(1 + 3000);
    const refused = await readParquet(many, 'many.parquet', { maxCells: 5999 });
    expect(refused.unreadable).toBe(true);
    expect(refused.issues.map((i) => [i.code, i.args, i.where?.file])).toEqual([['INPUT_PARQUET_TOO_LARGE', { rows: 3000, columns: 2, limit: 5999 }, 'many.parquet']]);
    // A national table in long form (1.2 M rows × 7 columns) is read.
    expect(PARQUET_MAX_CELLS).toBeGreaterThan(1.2e6 * 7);
  });

  it('turns decoded values into the cells a CSV or workbook gives', () => {
    expect([null, undefined, NaN].map(cellOf)).toEqual([undefined, undefined, undefined]);
    expect([15.5, 0, 'x', true].map(cellOf)).toEqual([15.5, 0, 'x', true]);
    expect(cellOf(2024n)).toBe(2024);
    expect(cellOf(2n ** 60n)).toBe('1152921504606846976');
    expect(cellOf(new Date(Date.UTC(2024, 11, 31)))).toBe('2024-12-31');
    expect(cellOf(new Date(Date.UTC(2024, 11, 31, 8, 30)))).toBe('2024-12-31T08:30:00.000Z');
    expect(cellOf([1, 2n])).toBe('[1,"2"]');
  });
});
