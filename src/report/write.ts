import { join } from 'node:path';
import { safeFileName } from '../util/safe-file-name.js';
import { writeAtomic } from '../util/write.js';
import type { OutputFile } from './report.js';

/**
 * Writes a report: its companion files (charts, tables) first, then the report in each format it
 * was rendered in (HTML, DOCX, the PDF last), so a report on disk always comes with everything it
 * refers to. Returns the paths of the reports written, in the order pdf, docx, html.
 */
export function writeReport(outDir: string, base: string, report: { pdf?: Uint8Array; docx?: Uint8Array; html?: string; files: readonly OutputFile[] }): string[] {
  // Names carry region codes and template arguments: kept inside outDir whatever they hold.
  const baseName = safeFileName(base);
  for (const f of report.files) writeAtomic(join(outDir, `${baseName}_files`, safeFileName(f.name)), f.content);
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
