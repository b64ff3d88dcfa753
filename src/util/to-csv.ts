/** A cell as the CSV writer takes it. */
export type CsvValue = string | number | boolean | null | undefined;

/**
 * Rows as CSV text (RFC 4180 quoting, CRLF line ends) with a UTF-8 BOM, so that Excel and WPS open
 * Chinese text correctly. The one CSV writer: the CLI, the report's tables and collected data use it.
 * Text that a spreadsheet would run as a formula is defused (see defuseFormula).
 */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return [...csvChunks(rows)].join('');
}

/**
 * The same text as toCsv, a line at a time, for tables too large to hold twice in memory (a
 * national `kepu compute` writes two million rows; writeAtomic takes the chunks).
 */
export function* csvChunks(rows: Iterable<readonly CsvValue[]>): Generator<string> {
  yield '\uFEFF';
  let first = true;
  for (const r of rows) {
    yield `${r.map((v) => csvCell(v, first)).join(',')}\r\n`;
    first = false;
  }
}

/**
 * One cell as CSV. In the first row a full-width comma is quoted too: a first line of cells split
 * by ， is what parseCsv refuses as typed with a Chinese input method on.
 */
export function csvCell(v: CsvValue, firstRow = false): string {
  // Blanks and numbers (most cells of a large table) need neither defusing nor quoting.
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  // Anything else as its text: `kepu evaluate --format csv` passes the evaluation's list columns
  // (unreported, failing), which the CLI's CSV wrote as "a,b" before this writer replaced it and
  // which crashed it since.
  const s = defuseFormula(typeof v === 'string' ? v : String(v));
  // A tab, semicolon or | is quoted too, so that no reader takes the file for separated by them.
  return /[",;|\t\r\n]/.test(s) || (firstRow && s.includes('，')) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A number as we print it: sign, digits with thousands separators, decimals, an optional % or unit-free suffix. */
const NUMBER = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][-+]?\d+)?%?$/;

/**
 * CSV injection (OWASP): Excel, WPS and LibreOffice run a cell that starts with =, +, -, @, a tab
 * or a carriage return as a formula, so a district name or note such as `=HYPERLINK(…)` from a
 * filled form could run on the next reader's machine. Such text gets a leading apostrophe, which
 * the spreadsheet shows as plain text. Numbers (-3.5, +2, -1,234, -12.5%) stay as they are.
 * @example
 * defuseFormula('=1+2'); // "'=1+2"
 * defuseFormula('-3.5'); // "-3.5"
 */
export function defuseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) && !NUMBER.test(text) ? `'${text}` : text;
}
