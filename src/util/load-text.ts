import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { KepuError } from '../errors/index.js';

/** The largest YAML or template file kepu reads: plans and rules are kilobytes; more is not one. */
export const MAX_TEXT_BYTES = 16 * 2 ** 20;

/**
 * Reads a UTF-8 text file (plans, indicators, rules, templates): a UTF-8 BOM is stripped and a
 * UTF-16 one decodes the file. Bytes that are not UTF-8 (a GBK file), control characters (NUL …)
 * and a BOM in the middle (it would hide inside a key name) are located user errors rather than silently replaced characters; so are a missing
 * file and one beyond MAX_TEXT_BYTES.
 */
export function readText(file: string, limit = MAX_TEXT_BYTES): string {
  const shown = relative(process.cwd(), file) || file;
  let bytes: Buffer;
  try {
    const size = statSync(file).size;
    if (size > limit) throw new KepuError('INPUT_FILE_TOO_LARGE', { size, limit }, { file: shown });
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof KepuError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new KepuError('FILE_NOT_FOUND', { file });
    throw new KepuError('FILE_UNREADABLE', { file, reason: (error as Error).message });
  }
  const text = decodeUtf(bytes, shown);
  const bom = text.indexOf('\uFEFF');
  if (bom >= 0) throw new KepuError('INPUT_STRAY_BOM', { removed: false }, { file: shown, line: text.slice(0, bom).split('\n').length });
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.exec(text);
  if (control) {
    const char = `U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    throw new KepuError('INPUT_CONTROL_CHAR', { char }, { file: shown, line: text.slice(0, control.index).split('\n').length });
  }
  return text;
}

function decodeUtf(bytes: Buffer, file: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    // Locate the line of the first byte that is not UTF-8 (a line feed is never part of a
    // multi-byte sequence, so lines decode on their own).
    let start = 0;
    let line = 1;
    for (;;) {
      const end = body.indexOf(0x0a, start);
      const slice = body.subarray(start, end < 0 ? body.length : end);
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(slice);
      } catch {
        throw new KepuError('INPUT_ENCODING', { encoding: 'UTF-8', bom }, { file, line });
      }
      if (end < 0) throw new KepuError('INPUT_ENCODING', { encoding: 'UTF-8', bom }, { file, line });
      start = end + 1;
      line++;
    }
  }
}
