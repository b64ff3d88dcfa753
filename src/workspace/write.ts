import { existsSync, linkSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Issue } from '../errors/index.js';
import { KepuError, warning } from '../errors/index.js';
import type { Plan } from '../plan/types.js';
import { notWritable, writeAtomic } from '../util/write.js';
import { CONFIG_FILE } from './load.js';
import type { LockHolder } from './lock.js';
import { LOCK_FILE, lockText, parseLock, staleReason } from './lock.js';
import type { ScaffoldOptions } from './scaffold.js';
import { scaffold } from './scaffold.js';

const samples = resolve(dirname(fileURLToPath(import.meta.url)), '../../data/samples');

/**
 * Creates a workspace folder for a plan: config, README with the yearly steps, the regions of the
 * jurisdiction (from the bundled sample of that plan, with their GB/T 2260 codes) and empty data
 * folders. Refuses to overwrite an existing workspace.
 */
export function initWorkspace(dir: string, plan?: Plan, options: ScaffoldOptions = {}): string[] {
  const root = resolve(dir);
  if (existsSync(join(root, CONFIG_FILE))) throw new KepuError('FILE_UNREADABLE', { file: join(root, CONFIG_FILE), reason: 'a workspace already exists here; nothing was changed' });
  const regionsFile = plan ? join(samples, plan.id, 'regions.csv') : undefined;
  const regions = regionsFile && existsSync(regionsFile) ? readFileSync(regionsFile, 'utf8') : undefined;
  const files = scaffold(plan, regions, options);
  for (const f of files) writeAtomic(join(root, f.path), f.content);
  return files.map((f) => f.path);
}

/** The long CSV kepu keeps of collected values (data/collected.csv), read back like any data file. */
export const COLLECTED_FILE = 'collected.csv';

/** Writes the merged collected values to data/collected.csv (atomically, flushed to disk: the merge is the office's data). */
export function writeCollected(ws: { dir: string }, text: string, dataDir = 'data'): string {
  const path = join(ws.dir, dataDir, COLLECTED_FILE);
  writeAtomic(path, text, { flush: true });
  return path;
}

/** A held workspace lock: the stale locks it took over, and how to let it go. */
export interface WorkspaceLock {
  /** WORKSPACE_STALE_LOCK warnings, one per lock taken over. */
  warnings: Issue[];
  /** Removes the lock file, if it is still ours. */
  release: () => void;
}

/**
 * Takes the workspace lock (.kepu.lock) for a command that changes the workspace, or throws
 * WORKSPACE_LOCKED naming the run that holds it. A lock left by a run that died is taken over
 * with a warning (see staleReason). `now` is the caller's clock (the CLI reads it).
 * @example
 * const lock = acquireLock(ws.dir, { command: 'collect', now }); // now: the CLI's clock
 * try { … } finally { lock.release(); }
 */
export function acquireLock(dir: string, options: { command: string; now: Date; maxAgeMs?: number }): WorkspaceLock {
  const lock = join(resolve(dir), LOCK_FILE);
  const me: LockHolder = { pid: process.pid, host: hostname(), started: options.now.toISOString(), command: options.command };
  const text = lockText(me);
  const context = { host: me.host, now: options.now, alive, maxAgeMs: options.maxAgeMs };
  const warnings: Issue[] = [];
  const temp = `${lock}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, text);
    // Three rounds: a stale lock removed, then ours in its place; more means others keep racing us.
    for (let round = 0; round < 3; round++) {
      if (create(temp, lock, text)) {
        return { warnings, release: () => { if (readLock(lock) === text) rmSync(lock, { force: true }); } };
      }
      const held = readLock(lock);
      if (held === undefined) continue; // released between our attempt and our look
      const holder = parseLock(held);
      const reason = staleReason(holder, context);
      if (!reason) throw new KepuError('WORKSPACE_LOCKED', { lock, pid: holder!.pid, host: holder!.host, since: holder!.started, command: holder!.command });
      // Look again just before removing: a run that took the stale lock first has put its own in place.
      if (readLock(lock) !== held) continue;
      rmSync(lock, { force: true });
      warnings.push(warning('WORKSPACE_STALE_LOCK', { lock, pid: holder?.pid ?? 0, host: holder?.host ?? '?', since: holder?.started ?? '?', reason }));
    }
    const holder = parseLock(readLock(lock) ?? '');
    throw new KepuError('WORKSPACE_LOCKED', { lock, pid: holder?.pid ?? 0, host: holder?.host ?? '?', since: holder?.started ?? '?', command: holder?.command ?? '?' });
  } catch (error) {
    throw notWritable(error, lock) ?? error;
  } finally {
    rmSync(temp, { force: true });
  }
}

/**
 * Puts the lock in place if there is none; false if there is one. A hard link of a complete
 * temporary file is an atomic test-and-set, so no one ever reads a half-written lock; file systems
 * without hard links (FAT on a USB stick) get an exclusive create instead.
 */
function create(temp: string, lock: string, text: string): boolean {
  try {
    linkSync(temp, lock);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error;
  }
  try {
    writeFileSync(lock, text, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

function readLock(lock: string): string | undefined {
  try {
    return readFileSync(lock, 'utf8');
  } catch {
    return undefined;
  }
}

/** Whether a process of this host is running: signal 0 checks without sending anything. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
