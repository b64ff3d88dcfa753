import { accessSync, constants, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { open } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { KepuError } from '../errors/index.js';

/**
 * Writes a file atomically: a temporary file beside it, then a rename, so that a reader, a crash or
 * a SIGKILL of kepu at any moment leaves either the complete old file or the complete new one (a
 * rename within one folder is atomic on POSIX and NTFS). A folder the user may not write to is
 * their problem to fix, not our bug: it becomes OUTPUT_NOT_WRITABLE (exit code 1).
 */
export function writeAtomic(path: string, content: string | Uint8Array, options: WriteOptions = {}): void {
  const target = resolve(path);
  const temp = tempFor(target);
  try {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(temp, content, { flush: options.flush ?? false });
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw notWritable(error, target) ?? error;
  }
}

/**
 * writeAtomic for text or bytes made in pieces (a national table is 250 MB), written as they are
 * made: each piece of about a megabyte (inMegabytes) goes to the system on Node's thread pool while
 * the next one is made. The system's copy of the bytes into the file took as long again as half
 * the writer's own work, written after each piece (0.7 s of a national `kepu compute --format
 * csv`, issue 20); now it runs beside it, on another core where there is one. The whole text is
 * never one string. Atomic as writeAtomic is: a failure, of the pieces or of the disk, leaves the
 * old file and no temporary one.
 */
export async function writeAtomicChunks(path: string, chunks: Iterable<string | Uint8Array>, options: WriteOptions = {}): Promise<void> {
  const target = resolve(path);
  const temp = tempFor(target);
  let handle: FileHandle | undefined;
  // The piece being written while the next is made.
  let writing: Promise<void> = Promise.resolve();
  try {
    mkdirSync(dirname(target), { recursive: true });
    handle = await open(temp, 'w');
    for (const piece of inMegabytes(chunks)) {
      await writing;
      writing = writeAll(handle, piece);
      // (Awaited at the next piece or below; until then a failed write is not an unhandled one.)
      writing.catch(() => undefined);
    }
    await writing;
    if (options.flush) await handle.sync();
    await handle.close();
    handle = undefined;
    renameSync(temp, target);
  } catch (error) {
    await writing.catch(() => undefined);
    await handle?.close().catch(() => undefined);
    rmSync(temp, { force: true });
    throw notWritable(error, target) ?? error;
  }
}

/** The temporary file beside a target, named for this process. */
function tempFor(target: string): string {
  return `${target}.${process.pid}.tmp`;
}

/** Writes a whole piece (a write may take only part of it). */
async function writeAll(handle: FileHandle, piece: string | Uint8Array): Promise<void> {
  const bytes = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
  for (let done = 0; done < bytes.length; ) done += (await handle.write(bytes, done, bytes.length - done)).bytesWritten;
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
