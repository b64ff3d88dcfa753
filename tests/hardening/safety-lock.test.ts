import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/data/csv.js';
import { KepuError } from '../../src/errors/index.js';
import { loadPlan } from '../../src/plan/load.js';
import type { LockHolder } from '../../src/workspace/index.js';
import { acquireLock, initWorkspace, LOCK_FILE, parseLock, staleReason } from '../../src/workspace/index.js';
import { kepuBin, repoRoot, spawnNode } from '../helpers/cli.js';

const now = new Date('2026-11-23T08:00:00Z');
const holder = (over: Partial<LockHolder> = {}): LockHolder => ({ pid: 4242, host: 'office-pc', started: '2026-11-23T07:59:00Z', command: 'collect', ...over });
const here = (alive: boolean) => ({ host: 'office-pc', now, alive: () => alive });

describe('staleReason', () => {
  it('keeps a lock whose process still runs on this host', () => {
    expect(staleReason(holder(), here(true))).toBeUndefined();
  });
  it('takes over a lock whose process is gone from this host', () => {
    expect(staleReason(holder(), here(false))).toBe('dead');
  });
  it('cannot check a process of another host, so keeps its lock for an hour, then takes it over', () => {
    expect(staleReason(holder({ host: 'other-pc' }), here(false))).toBeUndefined();
    expect(staleReason(holder({ host: 'other-pc', started: '2026-11-23T06:59:59Z' }), here(false))).toBe('old');
    expect(staleReason(holder({ host: 'other-pc', started: '2026-11-23T07:00:01Z' }), here(false))).toBeUndefined();
  });
  it('takes over a lock file that is not a lock', () => {
    expect(parseLock('')).toBeUndefined();
    expect(parseLock('{"pid":"x"}')).toBeUndefined();
    expect(staleReason(parseLock('garbage'), here(true))).toBe('unreadable');
  });
});

/** A fresh workspace for Dezhou (kepu init), in a temporary folder. */
function workspace(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'kepu-lock-')), 'ws');
  initWorkspace(dir, loadPlan(join(repoRoot, 'data/plans/dezhou.yaml')).plan);
  return dir;
}

/** The pid of a process that has just ended. */
function deadPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
}

describe('acquireLock', () => {
  it('writes who holds the lock, refuses a second holder by naming the first, and removes only its own lock', () => {
    const dir = workspace();
    const lock = acquireLock(dir, { command: 'collect', now });
    expect(lock.warnings).toEqual([]);
    expect(parseLock(readFileSync(join(dir, LOCK_FILE), 'utf8'))).toEqual({ pid: process.pid, host: hostname(), started: now.toISOString(), command: 'collect' });
    let refused: unknown;
    try {
      acquireLock(dir, { command: 'collect', now });
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(KepuError);
    expect(refused).toMatchObject({ code: 'WORKSPACE_LOCKED', args: { lock: join(dir, LOCK_FILE), pid: process.pid, host: hostname(), since: now.toISOString(), command: 'collect' } });
    lock.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    // A lock someone else put in place after ours was taken over is not ours to remove.
    const other = acquireLock(dir, { command: 'collect', now });
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify(holder()));
    other.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
  });

  it('takes over the lock of a process that died, with a warning naming it', () => {
    const dir = workspace();
    const pid = deadPid();
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify(holder({ pid, host: hostname() })));
    const lock = acquireLock(dir, { command: 'collect', now });
    expect(lock.warnings).toMatchObject([{ code: 'WORKSPACE_STALE_LOCK', severity: 'warning', args: { pid, reason: 'dead' } }]);
    expect(parseLock(readFileSync(join(dir, LOCK_FILE), 'utf8'))!.pid).toBe(process.pid);
    lock.release();
  });

  it('takes over a lock from another host older than an hour, and an unreadable one', () => {
    const dir = workspace();
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify(holder({ host: 'other-pc', started: '2026-11-23T05:00:00Z' })));
    const first = acquireLock(dir, { command: 'collect', now });
    expect(first.warnings.map((w) => w.args)).toMatchObject([{ host: 'other-pc', reason: 'old' }]);
    first.release();
    writeFileSync(join(dir, LOCK_FILE), '');
    const second = acquireLock(dir, { command: 'collect', now });
    expect(second.warnings.map((w) => w.args)).toMatchObject([{ reason: 'unreadable' }]);
    second.release();
  });
});

const collect = async (forms: string, ws: string) => {
  const r = await spawnNode([kepuBin, 'collect', forms, '-w', ws]);
  return { code: r.code, pid: r.pid, out: r.stdout + r.stderr };
};
const form = (rows: string[]) => `地区代码,年份,指标编号,填报值,备注\n${rows.join('\n')}\n`;
const collected = (ws: string) =>
  parseCsv(readFileSync(join(ws, 'data/collected.csv'), 'utf8').slice(1), 'collected.csv').grid.rows.slice(1).map((r) => r.cells.slice(0, 5).join(',')).sort();

describe('kepu collect and the lock', () => {
  it('stops with WORKSPACE_LOCKED (exit 1), naming the holder, while another run holds the workspace, and changes nothing', async () => {
    const ws = workspace();
    const forms = join(ws, '..', 'forms');
    mkdirSync(forms);
    writeFileSync(join(forms, 'a.csv'), form(['371402,2019,special_funding,1.5,']));
    // The child judges the lock's age by the real clock: a fixed date would make it stale an hour
    // after that date, and the child would take it over.
    const started = new Date();
    const lock = acquireLock(ws, { command: 'collect', now: started });
    const r = await collect(forms, ws);
    lock.release();
    expect(r.code).toBe(1);
    expect(r.out).toContain(`工作区正被另一个 kepu 运行修改：${hostname()} 上的进程 ${process.pid}（kepu collect，开始于 ${started.toISOString()}）`);
    expect(r.out).not.toMatch(/\n\s+at /);
    expect(existsSync(join(ws, 'data/collected.csv'))).toBe(false);
  });

  it('loses nothing when two collects run at once: each merges after the other, or waits its turn and is run again', async () => {
    const ws = workspace();
    const root = join(ws, '..');
    for (const [name, rows] of [['one', ['371402,2019,special_funding,1.5,', '371403,2019,special_funding,2.5,']], ['two', ['371422,2019,special_funding,0.8,', '371402,2020,special_funding,1.7,']]] as const) {
      mkdirSync(join(root, name));
      writeFileSync(join(root, name, 'form.csv'), form([...rows]));
      // The same values again and again: reading them keeps each run between its read of the
      // workspace and its write for a while, so that without the lock the runs would overlap.
      writeFileSync(join(root, name, 'resent.csv'), form(Array.from({ length: 20_000 }, () => rows[0])));
    }
    const runs = await Promise.all([collect(join(root, 'one'), ws), collect(join(root, 'two'), ws)]);
    for (const [i, r] of runs.entries()) {
      if (r.code === 0) continue;
      // The one that found the workspace locked says so, names the other run, and succeeds when run again.
      expect(r.out).toContain(`上的进程 ${runs[1 - i]!.pid}（kepu collect`);
      expect((await collect(join(root, i === 0 ? 'one' : 'two'), ws)).code).toBe(0);
    }
    expect(collected(ws)).toEqual([
      '371402,2019,special_funding,total,1.5', '371402,2020,special_funding,total,1.7',
      '371403,2019,special_funding,total,2.5', '371422,2019,special_funding,total,0.8',
    ]);
    expect(existsSync(join(ws, LOCK_FILE))).toBe(false);
  }, 30_000);
});
