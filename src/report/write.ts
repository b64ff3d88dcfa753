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
 * Writes a report: its companion files (charts, tables) first, then the report in each format it
 * was rendered in (HTML, DOCX, the PDF last), so a report on disk always comes with everything it
 * refers to. Returns the paths of the reports written, in the order pdf, docx, html.
 */
export function writeReport(outDir: string, baseName: string, report: { pdf?: Uint8Array; docx?: Uint8Array; html?: string; files: readonly OutputFile[] }): string[] {
  for (const f of report.files) writeAtomic(join(outDir, `${baseName}_files`, f.name), f.content);
  const paths: string[] = [];
  for (const format of ['html', 'docx', 'pdf'] as const) {
    const content = report[format];
    if (content === undefined) continue;
    const path = join(outDir, `${baseName}.${format}`);
    writeAtomic(path, content);
    paths.unshift(path);
  }
  return paths;
}
