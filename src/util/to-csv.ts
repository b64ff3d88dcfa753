/**
 * Rows as CSV text (RFC 4180 quoting, CRLF line ends) with a UTF-8 BOM, so that Excel and WPS open
 * Chinese text correctly. The one CSV writer: the CLI, the report's tables and collected data use it.
 * Text that a spreadsheet would run as a formula is defused (see defuseFormula).
 */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  const cell = (v: string | number | null | undefined) => {
    const s = v === null || v === undefined ? '' : typeof v === 'number' ? String(v) : defuseFormula(v);
    // A tab or semicolon is quoted too, so that no reader takes the file for tab- or semicolon-separated.
    return /[",;\t\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
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
