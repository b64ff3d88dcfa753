import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const bin = fileURLToPath(new URL('../../bin/kepu.js', import.meta.url));

/** Runs the real `kepu` binary as a user would, returning its exit code and output. */
export function kepu(args: string[], options: { cwd?: string } = {}): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? repoRoot,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true', NO_COLOR: '1' },
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** What a child process did: its exit code or the signal that ended it, its output and how long it ran. */
export interface ChildRun { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string; ms: number; pid: number }

export interface SpawnOptions {
  cwd?: string;
  /** Run as this user (tests running as root drop to nobody, for whom file modes count). */
  uid?: number;
  gid?: number;
  /** SIGKILL the process this many ms after it starts, or after it prints `ready` with afterReady. */
  killAfter?: number;
  afterReady?: boolean;
}

/**
 * Runs node with `args` as a child process, asynchronously, so that tests can run several at once
 * or kill one mid-run. `[bin, ...]` runs the real `kepu` as a user would.
 */
export function spawnNode(args: string[], options: SpawnOptions = {}): Promise<ChildRun> {
  const { cwd = repoRoot, uid, gid, killAfter, afterReady = false } = options;
  return new Promise((done, fail) => {
    const start = performance.now();
    const child = spawn(process.execPath, args, { cwd, uid, gid, env: { ...process.env, CI: 'true', NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    const kill = () => setTimeout(() => child.kill('SIGKILL'), killAfter);
    if (killAfter !== undefined && !afterReady) kill();
    child.stdout.on('data', (d: Buffer) => {
      if (killAfter !== undefined && afterReady && !stdout.includes('ready') && (stdout + d.toString()).includes('ready')) kill();
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', fail);
    child.on('close', (code, signal) => done({ code, signal, stdout, stderr, ms: performance.now() - start, pid: child.pid! }));
  });
}

/** The path of the `kepu` entry point, to put before its arguments in spawnNode. */
export { bin as kepuBin };
