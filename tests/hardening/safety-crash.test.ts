import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseCsv } from '../../src/data/csv.js';
import { loadPlan } from '../../src/plan/load.js';
import { SeededRandom } from '../../src/util/seeded-random.js';
import { initWorkspace, LOCK_FILE, parseLock } from '../../src/workspace/index.js';
import type { SpawnOptions } from '../helpers/cli.js';
import { kepuBin as bin, repoRoot, spawnNode } from '../helpers/cli.js';

// SIGKILL at random (seeded) moments while kepu writes a report, collected data or a config:
// afterwards every output must be the complete old file or the complete new one. Each kill costs a
// process start (about 1.3 s with tsx, 3 s for the CLI), so kills run two at a time.

const writer = fileURLToPath(new URL('./crash-writer.ts', import.meta.url));
const random = new SeededRandom('safety-crash 2026-11-23');
const root = mkdtempSync(join(tmpdir(), 'kepu-crash-'));
const versions = join(root, 'versions');
const run = (args: string[], options: SpawnOptions = {}) => spawnNode(args, { cwd: root, ...options });

/** Runs jobs two at a time (the machine has two cores; more only slows each down). */
async function pairs<T>(jobs: (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < jobs.length; i += 2) results.push(...(await Promise.all(jobs.slice(i, i + 2).map((j) => j()))));
  return results;
}

/** Every file under dir, relative, with its bytes; temporary files (*.tmp) apart. */
function snapshot(dir: string): Map<string, Buffer> {
  const files = existsSync(dir) ? (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]) : [];
  return new Map(files.filter((f) => !f.endsWith('.tmp') && statSync(join(dir, f)).isFile()).sort().map((f) => [f, readFileSync(join(dir, f))]));
}

/** Each file of `now` must equal the same file of `old` or of `next`, byte for byte, and parse as its kind. */
function expectOldOrNew(now: Map<string, Buffer>, old: Map<string, Buffer>, next: Map<string, Buffer>, label: string): { old: number; new: number } {
  const count = { old: 0, new: 0 };
  for (const [name, bytes] of now) {
    const isOld = old.get(name)?.equals(bytes) ?? false;
    const isNew = next.get(name)?.equals(bytes) ?? false;
    expect(isOld || isNew, `${label}: ${name} is neither the old nor the new file (${bytes.length} bytes)`).toBe(true);
    if (isOld) count.old++;
    else count.new++;
    const text = bytes.toString('utf8');
    if (name.endsWith('.pdf')) expect(bytes.toString('latin1').trimEnd().endsWith('%%EOF'), name).toBe(true);
    if (name.endsWith('.html')) expect(text.trimEnd().endsWith('</html>'), name).toBe(true);
    if (name.endsWith('.svg')) expect(text.trimEnd().endsWith('</svg>'), name).toBe(true);
    if (name.endsWith('.csv')) expect(parseCsv(text.replace(/^\uFEFF/, ''), name).grid.rows.length, name).toBeGreaterThan(0);
    if (name.endsWith('.yaml')) expect(parseYaml(text), name).toHaveProperty('plan');
  }
  return count;
}

const kepuArgs = (...args: string[]) => [bin, ...args];
const reportArgs = (ws: string, out: string, date: string) => kepuArgs('report', 'brief', '-w', ws, '--format', 'pdf,html', '--deterministic', '--date', date, '--out', out);

// A workspace made by `kepu init` for Dezhou, and returned forms: a.csv alone (the old merge), then b.csv too (the new).
const plan = loadPlan(join(repoRoot, 'data/plans/dezhou.yaml')).plan;
const form = (rows: string[]) => `地区代码,年份,指标编号,填报值,备注\n${rows.join('\n')}\n`;
let reportMs = 0;
let collectMs = 0;

beforeAll(async () => {
  const ws = join(root, 'ws');
  initWorkspace(ws, plan);
  mkdirSync(join(root, 'returned-a'));
  writeFileSync(join(root, 'returned-a/a.csv'), form(['371402,2019,special_funding,1.5,', '371403,2019,special_funding,2.5,']));
  cpSync(join(root, 'returned-a'), join(root, 'returned'), { recursive: true });
  writeFileSync(join(root, 'returned/b.csv'), form(['371402,2020,special_funding,1.7,', '371403,2020,special_funding,2.9,', '371422,2020,special_funding,0.8,']));
  // Old state: the first forms merged, the first report. New: what the command writes from there.
  const sample = join(repoRoot, 'data/samples/dezhou');
  // Three processes at once: the reports do not depend on the collects.
  const reports = Promise.all([
    run(reportArgs(sample, join(versions, 'a/report'), '2025-01-15')),
    run(reportArgs(sample, join(versions, 'b/report'), '2025-06-30')),
  ]);
  const collectA = await run(kepuArgs('collect', join(root, 'returned-a'), '-w', ws));
  expect(collectA.code, collectA.stdout + collectA.stderr).toBe(0);
  cpSync(ws, join(versions, 'a/ws'), { recursive: true });
  const collectB = await run(kepuArgs('collect', join(root, 'returned'), '-w', ws));
  expect(collectB.code, collectB.stdout + collectB.stderr).toBe(0);
  cpSync(ws, join(versions, 'b/ws'), { recursive: true });
  const [reportA, reportB] = await reports;
  expect([reportA.code, reportB.code], reportA.stderr + reportB.stderr).toEqual([0, 0]);
  // The config differs between the versions too, so that a torn YAML write would show.
  writeFileSync(join(versions, 'b/ws/kepu.config.yaml'), readFileSync(join(sample, 'kepu.config.yaml')));
  reportMs = reportB.ms;
  collectMs = collectB.ms;
}, 60_000);

const old = () => snapshot(join(versions, 'a'));
const next = () => snapshot(join(versions, 'b'));

describe('SIGKILL while kepu writes', () => {
  it('leaves each report, chart, table, collected file and config complete, old or new, at 14 random moments of a write loop', async () => {
    const counts = await pairs(Array.from({ length: 14 }, (_, i) => async () => {
      const target = join(root, `loop-${i}`);
      cpSync(join(versions, 'a'), target, { recursive: true });
      const killAfter = random.uniform(0, 150);
      const r = await run(['--import', 'tsx', writer, versions, target], { killAfter, afterReady: true, cwd: repoRoot });
      expect(r.signal, r.stderr).toBe('SIGKILL');
      const now = snapshot(target);
      expect([...now.keys()]).toEqual([...old().keys()]);
      return expectOldOrNew(now, old(), next(), `kill ${i} at ${killAfter.toFixed(0)} ms`);
    }));
    // The kills landed mid-loop: some files were already rewritten, others not yet.
    expect(counts.some((c) => c.new > 0 && c.old > 0)).toBe(true);
  }, 60_000);

  it('leaves data/collected.csv old or new when `kepu collect` is killed, and the next collect completes the merge', async () => {
    const targets = await pairs(Array.from({ length: 3 }, (_, i) => async () => {
      const target = join(root, `collect-${i}`);
      cpSync(join(versions, 'a/ws'), target, { recursive: true });
      const killAfter = collectMs * random.uniform(0.6, 1.0);
      const r = await run(kepuArgs('collect', join(root, 'returned'), '-w', target), { killAfter });
      const now = snapshot(join(target, 'data'));
      expectOldOrNew(now, snapshot(join(versions, 'a/ws/data')), snapshot(join(versions, 'b/ws/data')), `collect killed at ${killAfter.toFixed(0)} ms (${r.signal ?? r.code})`);
      return target;
    }));
    // A killed collect may leave its lock; its process is dead, so the next run takes it over.
    const target = targets.find((t) => existsSync(join(t, LOCK_FILE))) ?? targets[0]!;
    const lock = existsSync(join(target, LOCK_FILE)) ? parseLock(readFileSync(join(target, LOCK_FILE), 'utf8')) : undefined;
    const again = await run(kepuArgs('collect', join(root, 'returned'), '-w', target));
    expect(again.code, again.stderr).toBe(0);
    if (lock) expect(again.stderr).toContain(`接管了遗留的工作区锁 ${join(target, LOCK_FILE)}（`);
    expect(existsSync(join(target, LOCK_FILE))).toBe(false);
    expect(readFileSync(join(target, 'data/collected.csv'))).toEqual(readFileSync(join(versions, 'b/ws/data/collected.csv')));
  }, 60_000);

  it('leaves the report files old or new when `kepu report` is killed while writing', async () => {
    const sample = join(repoRoot, 'data/samples/dezhou');
    await pairs(Array.from({ length: 2 }, (_, i) => async () => {
      const out = join(root, `report-${i}`);
      cpSync(join(versions, 'a/report'), out, { recursive: true });
      const killAfter = reportMs * random.uniform(0.75, 1.0);
      const r = await run(reportArgs(sample, out, '2025-06-30'), { killAfter });
      expectOldOrNew(snapshot(out), snapshot(join(versions, 'a/report')), snapshot(join(versions, 'b/report')), `report killed at ${killAfter.toFixed(0)} ms (${r.signal ?? r.code})`);
    }));
  }, 60_000);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));
