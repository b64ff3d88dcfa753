import { Unzip, UnzipInflate } from 'fflate';

/**
 * Limits a workbook must stay within before exceljs is let near it. exceljs inflates every part
 * into memory, so a zip bomb, a 100 MB shared-strings table or a sheet of a million rows would
 * cost minutes and gigabytes; these are checked while streaming, discarding what is inflated.
 */
export const XLSX_LIMITS = {
  /** Bytes one part (a sheet, the shared strings) may expand to. */
  partBytes: 64 * 2 ** 20,
  /** Bytes all parts together may expand to. */
  totalBytes: 160 * 2 ** 20,
  /** Rows of one worksheet (a national table in long form is far smaller; larger: use CSV). */
  rows: 200_000,
} as const;

export type XlsxProblem = { kind: 'expands'; part: string; limit: number } | { kind: 'rows'; part: string; limit: number } | { kind: 'corrupt'; detail: string };

/** Streams through a workbook's zip, counting inflated bytes and worksheet rows; the first limit passed, or damage, is returned. Pure. */
export function checkXlsxLimits(bytes: Uint8Array, limits: { partBytes: number; totalBytes: number; rows: number } = XLSX_LIMITS): XlsxProblem | undefined {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return { kind: 'corrupt', detail: 'not a zip archive' };
  let problem: XlsxProblem | undefined;
  let total = 0;
  const unzip = new Unzip((file) => {
    let size = 0;
    const sheet = /^xl\/worksheets\/[^/]+\.xml$/i.test(file.name);
    const rows = rowCounter();
    file.ondata = (error, chunk) => {
      if (problem) return;
      if (error) {
        problem = { kind: 'corrupt', detail: error.message };
        return;
      }
      size += chunk.length;
      total += chunk.length;
      if (size > limits.partBytes) problem = { kind: 'expands', part: file.name, limit: limits.partBytes };
      else if (total > limits.totalBytes) problem = { kind: 'expands', part: file.name, limit: limits.totalBytes };
      else if (sheet && rows(chunk) > limits.rows) problem = { kind: 'rows', part: file.name, limit: limits.rows };
      if (problem) file.terminate();
    };
    try {
      file.start();
    } catch (error) {
      problem = { kind: 'corrupt', detail: (error as Error).message };
    }
  });
  unzip.register(UnzipInflate);
  // Small pushes bound what one ondata call can hold: deflate expands at most ~1,032×.
  const step = 4096;
  try {
    for (let i = 0; i < bytes.length && !problem; i += step) unzip.push(bytes.subarray(i, i + step), i + step >= bytes.length);
  } catch (error) {
    problem ??= { kind: 'corrupt', detail: (error as Error).message };
  }
  return problem;
}

/** Counts `<row ` / `<row>` elements across chunks (not `<rowBreaks`). */
function rowCounter(): (chunk: Uint8Array) => number {
  const word = [0x3c, 0x72, 0x6f, 0x77]; // "<row"
  let matched = 0;
  let count = 0;
  return (chunk) => {
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i]!;
      if (matched === 4) {
        if (b === 0x20 || b === 0x3e || b === 0x2f || b === 0x09 || b === 0x0a || b === 0x0d) count++;
        matched = 0;
      }
      matched = b === word[matched] ? matched + 1 : b === 0x3c ? 1 : 0;
    }
    return count;
  };
}
