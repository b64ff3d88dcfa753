import type { Unzipped, Zippable } from 'fflate';
import { unzipSync, zipSync } from 'fflate';

/**
 * Zips a package again with every entry dated `date` (YYYY-MM-DD), in place of the time it was
 * built, so identical inputs give identical bytes: docx (through fflate) and exceljs (through
 * JSZip) stamp each entry with the current time. `edit` may change the files first. Entries keep
 * their order; folder entries, which hold nothing, are left out.
 */
export function redateZip(zip: Uint8Array, date: string, edit?: (files: Unzipped) => void): Uint8Array {
  const files = unzipSync(zip, { filter: (f) => !f.name.endsWith('/') });
  edit?.(files);
  // Local midnight of the report date: zip times have no zone, and fflate writes them in local time.
  const mtime = new Date(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  // Pictures are compressed already: stored as they are, they cost no time to deflate again.
  const entries: Zippable = {};
  for (const [name, data] of Object.entries(files)) entries[name] = [data, { level: /\.(png|jpe?g|gif)$/i.test(name) ? 0 : 6 }];
  return zipSync(entries, { mtime });
}
