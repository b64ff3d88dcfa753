/**
 * The workspace lock: who holds it, and when a lock left behind may be taken over. Pure; the
 * file itself is made and removed by acquireLock in write.ts.
 *
 * Why a lock: `kepu collect` reads data/collected.csv, merges the returned forms and writes it
 * back. Two collects at once would both read the old file, and the second write would drop the
 * values the first one added. The lock makes the second run wait its turn (it stops with
 * WORKSPACE_LOCKED, naming the holder) instead of losing data silently.
 */

/** The lock file, in the workspace folder beside kepu.config.yaml. */
export const LOCK_FILE = '.kepu.lock';

/** A lock older than this is taken over even when its process cannot be checked (another host). Collect runs take seconds. */
export const LOCK_MAX_AGE_MS = 60 * 60 * 1000;

/** What the lock file holds: enough for the message to name who holds it. */
export interface LockHolder {
  pid: number;
  host: string;
  /** ISO time the holder started. */
  started: string;
  /** The kepu command, e.g. 'collect'. */
  command: string;
}

export function lockText(holder: LockHolder): string {
  return `${JSON.stringify(holder)}\n`;
}

/** The holder a lock file names, or undefined when the text is not a lock kepu wrote. */
export function parseLock(text: string): LockHolder | undefined {
  try {
    const v = JSON.parse(text) as Partial<LockHolder>;
    const ok = Number.isInteger(v.pid) && typeof v.host === 'string' && typeof v.started === 'string' && typeof v.command === 'string' && !Number.isNaN(Date.parse(v.started));
    return ok ? (v as LockHolder) : undefined;
  } catch {
    return undefined;
  }
}

/** What the process that looks at a lock knows about its surroundings. */
export interface LockContext {
  host: string;
  now: Date;
  /** Whether a process of this host is running. */
  alive: (pid: number) => boolean;
  /** Default: LOCK_MAX_AGE_MS. */
  maxAgeMs?: number;
}

/**
 * Why a lock may be taken over, or undefined while its holder may still be at work: the holder's
 * process is gone (same host only: a pid means nothing on another machine), the lock is older
 * than the limit (a run on another host sharing the folder that died), or it is not a lock.
 */
export function staleReason(holder: LockHolder | undefined, context: LockContext): 'dead' | 'old' | 'unreadable' | undefined {
  if (!holder) return 'unreadable';
  if (holder.host === context.host && !context.alive(holder.pid)) return 'dead';
  if (context.now.getTime() - Date.parse(holder.started) > (context.maxAgeMs ?? LOCK_MAX_AGE_MS)) return 'old';
  return undefined;
}
