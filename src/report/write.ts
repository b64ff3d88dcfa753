import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { OutputFile } from './report.js';

/**
 * Writes a file atomically: a temporary file beside it, then a rename, so that a reader never
 * sees half a file and a failure leaves no partial output.
 */
export function writeAtomic(path: string, content: string | Uint8Array): void {
  const target = resolve(path);
  mkdirSync(dirname(target), { recursive: true });
  const temp = `${target}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, content);
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * Writes a report: its companion files (charts, tables) first, the PDF last, so a PDF on disk
 * always comes with everything it refers to.
 */
export function writeReport(outDir: string, baseName: string, report: { pdf: Uint8Array; files: readonly OutputFile[] }): string {
  for (const f of report.files) writeAtomic(join(outDir, `${baseName}_files`, f.name), f.content);
  const pdfPath = join(outDir, `${baseName}.pdf`);
  writeAtomic(pdfPath, report.pdf);
  return pdfPath;
}
