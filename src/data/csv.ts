import type { Issue } from '../errors/index.js';
import { issue } from '../errors/index.js';

/** A grid of cells as read, with the spreadsheet row number of each row (header = 1). */
export interface Grid {
  rows: { row: number; cells: unknown[] }[];
  /** Number formats per cell where the source has them (XLSX), for percent-formatted cells. */
  formats?: Map<string, string>;
}

/**
 * Parses CSV text (RFC 4180: quoted fields, doubled quotes, CRLF/LF/CR line ends). The delimiter
 * (comma, tab or semicolon) is taken from the first line. Blank lines are dropped but keep
 * their numbers, so row numbers match what Excel shows. Pure.
 */
export function parseCsv(text: string, file: string): { grid: Grid; issues: Issue[] } {
  const delimiter = sniffDelimiter(text);
  const rows: Grid['rows'] = [];
  const issues: Issue[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowStart = 1;
  let quoteStart = 0;
  const endRow = () => {
    cells.push(cell);
    if (cells.some((c) => c.trim() !== '')) rows.push({ row: rowStart, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
        cell += ch;
      }
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
      quoteStart = line;
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowStart = line;
    } else cell += ch;
  }
  if (quoted) issues.push(issue('DATA_UNCLOSED_QUOTE', {}, { file, row: quoteStart }));
  if (cell !== '' || cells.length) endRow();
  return { grid: { rows }, issues };
}

/** The delimiter most used in the first record, outside quoted cells (a quoted "a;b;c" header is one cell). */
function sniffDelimiter(text: string): string {
  let first = '';
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') i++;
      else if (ch === '"') quoted = false;
    } else if (ch === '"' && cell.trim() === '') quoted = true; // as parseCsv opens a quoted cell
    else if (ch === '\r' || ch === '\n') break;
    else {
      first += ch;
      cell = ch === ',' || ch === '\t' || ch === ';' ? '' : cell + ch;
    }
  }
  const counts = [',', '\t', ';'].map((d) => [d, first.split(d).length - 1] as const);
  const best = counts.sort((a, b) => b[1] - a[1])[0]!;
  return best[1] > 0 ? best[0] : ',';
}
