import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetReadObjects } from 'hyparquet';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { afterAll, describe, expect, it } from 'vitest';
import { readTable } from '../../src/data/read-table.js';
import { kepu, repoRoot } from '../helpers/cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'kepu-cli-parquet-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const ws = 'data/samples/liaocheng';

async function readParquet(path: string): Promise<Record<string, unknown>[]> {
  const bytes = readFileSync(path);
  return parquetReadObjects({ file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer });
}

describe('kepu compute / evaluate --format parquet', () => {
  it('compute writes the values the JSON output gives, row for row', async () => {
    const out = join(tmp, 'values.parquet');
    const run = kepu(['compute', '-w', ws, '--year', '2024', '--format', 'parquet', '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    const json = JSON.parse(kepu(['compute', '-w', ws, '--year', '2024', '--format', 'json']).stdout) as Record<string, unknown>[];
    const rows = await readParquet(out);
    expect(rows).toHaveLength(json.length);
    const shared = ['region', 'region_name', 'level', 'parent', 'year', 'indicator', 'group', 'value', 'unit', 'se', 'ci_low', 'ci_high', 'reliable', 'presentation', 'presentation_reasons', 'presentation_unchecked', 'origin', 'source', 'reported', 'expected', 'coverage', 'approximate', 'note'];
    rows.forEach((row, i) => expect(Object.fromEntries(shared.map((k) => [k, row[k]])), `row ${i}`).toEqual(Object.fromEntries(shared.map((k) => [k, json[i]![k]]))));
    expect(rows.filter((r) => r.numerator !== null).length).toBeGreaterThan(20);
  }, 60_000);

  it('evaluate writes the evaluation rows the JSON output gives', async () => {
    const out = join(tmp, 'evaluation.parquet');
    const run = kepu(['evaluate', '-w', ws, '--format', 'parquet', '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    const json = JSON.parse(kepu(['evaluate', '-w', ws, '--format', 'json']).stdout) as Record<string, unknown>[];
    const rows = await readParquet(out);
    expect(rows.map((r) => [r.target_id, r.region, r.status, r.value])).toEqual(json.map((r) => [r.target_id, r.region, r.status, r.value]));
  }, 60_000);

  it('refuses --format parquet without --out (exit 1), in both languages', () => {
    const zh = kepu(['compute', '-w', ws, '--format', 'parquet']);
    const en = kepu(['--lang', 'en', 'evaluate', '-w', ws, '--format', 'parquet']);
    expect([zh.code, en.code]).toEqual([1, 1]);
    expect(zh.stderr).toContain('请用 --out 指定文件名');
    expect(en.stderr).toContain('--format parquet writes a file; name it with --out');
  }, 60_000);

  it('reports a damaged Parquet data file at the file, exit 1, without a stack', () => {
    const bad = join(tmp, 'broken.parquet');
    writeFileSync(bad, 'PAR1 not really');
    const run = kepu(['--lang', 'en', 'data', 'check', bad, '--regions', 'tests/fixtures/data/regions-liaocheng.csv']);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout + run.stderr).toMatch(/broken\.parquet: not a Parquet file kepu can read: parquet file invalid/);
    expect(run.stdout + run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  }, 60_000);
});

/**
 * A CSV as pandas would write it to Parquet: the title row above the header dropped, all-number
 * columns as numbers (the year as INT32), others as text, empty cells null.
 */
async function csvToParquet(csv: string, out: string): Promise<void> {
  const { grid } = await readTable(readFileSync(csv), csv);
  const cells = grid.rows.map((r) => r.cells.map((c) => (c === undefined || String(c).trim() === '' ? null : String(c))));
  const [header, ...rows] = cells.slice(cells.findIndex((r) => r.filter((c) => c !== null).length >= 2));
  const columns = header!.map((name, j) => {
    const cells = rows.map((r) => r[j] ?? null);
    const numeric = cells.every((c) => c === null || /^-?\d+(\.\d+)?$/.test(c));
    if (!numeric) return { name: name!, type: 'STRING' as const, data: cells };
    return name === '年份'
      ? { name: name!, type: 'INT32' as const, data: cells.map((c) => (c === null ? null : Number(c))) }
      : { name: name!, type: 'DOUBLE' as const, data: cells.map((c) => (c === null ? null : Number(c))) };
  });
  writeFileSync(out, new Uint8Array(parquetWriteBuffer({ columnData: columns })));
}

describe('a workspace whose data files are Parquet', () => {
  it('computes exactly what the same files as CSV give', async () => {
    const ws = join(tmp, 'liaocheng-parquet');
    cpSync(join(repoRoot, 'data/samples/liaocheng'), ws, { recursive: true });
    const csvs = readdirSync(join(ws, 'data')).filter((f) => f.endsWith('.csv'));
    expect(csvs.length).toBeGreaterThan(5);
    for (const f of csvs) {
      await csvToParquet(join(ws, 'data', f), join(ws, 'data', f.replace(/\.csv$/, '.parquet')));
      rmSync(join(ws, 'data', f));
    }
    const fromParquet = kepu(['compute', '-w', ws, '--format', 'csv']);
    const fromCsv = kepu(['compute', '-w', 'data/samples/liaocheng', '--format', 'csv']);
    expect(fromParquet.code, fromParquet.stderr).toBe(0);
    expect(fromParquet.stdout).toBe(fromCsv.stdout);
    // The one warning of the sample (a — read as not reported) is at the same cell: row 6 of the
    // Parquet file (header = 1) is row 7 of the CSV, which has a title row above its header.
    expect(fromCsv.stderr).toContain('科普统计_2022.csv 第 7 行 Y 列');
    expect(fromParquet.stderr).toContain('科普统计_2022.parquet 第 6 行 Y 列');
  }, 60_000);
});
