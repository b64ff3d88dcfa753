import { readFileSync } from 'node:fs';
import { KepuError } from '../errors/index.js';

/** Reads a UTF-8 text file (BOM stripped), turning "no such file" into a located user error. */
export function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new KepuError('FILE_NOT_FOUND', { file });
    throw new KepuError('FILE_UNREADABLE', { file, reason: (error as Error).message });
  }
}
