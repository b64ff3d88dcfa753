import { accessSync, closeSync, constants, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { KepuError } from '../errors/index.js';

/**
 * Writes a file atomically: a temporary file beside it, then a rename, so that a reader, a crash or
 * a SIGKILL of kepu at any moment leaves either the complete old file or the complete new one (a
 * rename within one folder is atomic on POSIX and NTFS). A folder the user may not write to is
 * their problem to fix, not our bug: it becomes OUTPUT_NOT_WRITABLE (exit code 1).
 */
export function writeAtomic(path: string, content: string | Uint8Array | Iterable<string | Uint8Array>, options: WriteOptions = {}): void {
  const target = resolve(path);
  const temp = `${target}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(target), { recursive: true });
    if (typeof content === 'string' || content instanceof Uint8Array) writeFileSync(temp, content, { flush: options.flush ?? false });
    else writeChunks(temp, content, options.flush ?? false);
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw notWritable(error, target) ?? error;
  }
}

/** Writes chunks of text or bytes to a new file a megabyte at a time, so the whole text is never one string. */
function writeChunks(file: string, chunks: Iterable<string | Uint8Array>, flush: boolean): void {
  const fd = openSync(file, 'w');
  try {
    for (const piece of inMegabytes(chunks)) {
      if (typeof piece === 'string') writeSync(fd, piece);
      else for (let done = 0; done < piece.length; ) done += writeSync(fd, piece, done);
    }
    if (flush) fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Text chunks joined into pieces of about a megabyte (the last one shorter, none empty): what a
 * writer hands the system at a time, so that a 250 MB table is never one string, nor written a
 * line at a time. Chunks of bytes (UTF-8, made that size already: Utf8Chunks) pass as they are,
 * after the text before them.
 */
export function* inMegabytes(chunks: Iterable<string | Uint8Array>): Generator<string | Uint8Array> {
  let pending = '';
  for (const chunk of chunks) {
    if (typeof chunk !== 'string') {
      if (pending) yield pending;
      pending = '';
      if (chunk.length) yield chunk;
      continue;
    }
    pending += chunk;
    if (pending.length >= 1 << 20) {
      yield pending;
      pending = '';
    }
  }
  if (pending) yield pending;
}

export interface WriteOptions {
  /**
   * Flush the data to the disk before the rename makes them the file, so that a power cut cannot
   * leave an empty file under the new name (file systems with delayed allocation). Costs a disk
   * sync per file (0.6 ms on our test VM, tens of ms on a USB stick): used for data that cannot be
   * made again, not for reports, which can. Default: false.
   */
  flush?: boolean;
}

/**
 * Checks that the output folder can be written to (or made, in its nearest existing parent), so
 * that a read-only workspace fails at once with OUTPUT_NOT_WRITABLE rather than after minutes of
 * building reports. Makes nothing: a run refused later (a template error) leaves no empty folder.
 */
export function checkWritable(dir: string): void {
  let existing = resolve(dir);
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  try {
    accessSync(existing, constants.W_OK);
  } catch (error) {
    throw notWritable(error, resolve(dir)) ?? error;
  }
}

/** The user-facing error for a write the system refused for the user's reasons. */
export function notWritable(error: unknown, file: string): KepuError | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code && ['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EDQUOT'].includes(code) ? new KepuError('OUTPUT_NOT_WRITABLE', { file, cause: code }) : undefined;
}
