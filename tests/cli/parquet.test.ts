import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetReadObjects } from 'hyparquet';
import { afterAll, describe, expect, it } from 'vitest';
import { kepu } from '../helpers/cli.js';

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
    const shared = ['region', 'region_name', 'level', 'parent', 'year', 'indicator', 'group', 'value', 'unit', 'se', 'ci_low', 'ci_high', 'reliable', 'origin', 'source', 'reported', 'expected', 'coverage', 'approximate', 'note'];
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
