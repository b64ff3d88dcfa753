import { strFromU8, strToU8 } from 'fflate';
import { redateZip } from '../zip-date.js';

/**
 * Makes the package docx wrote depend on the report alone, so identical inputs give identical
 * bytes: every zip entry is dated the report's date, and the ids docx draws from counters shared
 * by the whole process are numbered 1, 2, 3… in document order (the bookmarks on the headings
 * that the table of contents links to, and the drawings' ids); otherwise a second report built in
 * the same run would start where the first ended.
 */
export function stablePackage(zip: Uint8Array, date: string): Uint8Array {
  return redateZip(zip, date, { 'word/document.xml': (xml) => strToU8(renumberIds(strFromU8(xml))) });
}

/**
 * Renumbers, by first appearance, the `_Toc<n>` bookmarks (name and `w:id` carry the same number)
 * and the drawings' `wp:docPr` ids.
 */
export function renumberIds(xml: string): string {
  const bookmarks = new Map<string, number>();
  const bookmark = (n: string) => {
    if (!bookmarks.has(n)) bookmarks.set(n, bookmarks.size + 1);
    return bookmarks.get(n)!;
  };
  let drawings = 0;
  return xml
    .replace(/_Toc(\d+)/g, (_m, n: string) => `_Toc${bookmark(n)}`)
    .replace(/(<w:bookmark(?:Start|End)\b[^>]*?\bw:id=")(\d+)"/g, (_m, open: string, n: string) => `${open}${bookmark(n)}"`)
    .replace(/(<wp:docPr\b[^>]*?\bid=")(\d+)"/g, (_m, open: string) => `${open}${++drawings}"`);
}
