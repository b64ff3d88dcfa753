/**
 * Rows as CSV text (RFC 4180 quoting, CRLF line ends) with a UTF-8 BOM, so that Excel and WPS open
 * Chinese text correctly. The one CSV writer: the CLI, the report's tables and collected data use it.
 */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  const cell = (v: string | number | null | undefined) => {
    const s = v === null || v === undefined ? '' : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
