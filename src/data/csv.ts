import type { Issue } from '../errors/index.js';
import { issue, warning } from '../errors/index.js';
import { columnLetter } from './header.js';

/**
 * The longest cell kepu reads: Excel's own limit for a cell (32,767 characters, Microsoft's
 * "Excel specifications and limits"). A longer cell is a damaged file or an unclosed quote, and
 * stopping there keeps a 50 MB cell from costing seconds and memory.
 */
export const MAX_CELL_CHARS = 32_767;

/** A grid of cells as read, with the spreadsheet row number of each row (header = 1). */
export interface Grid {
  rows: { row: number; cells: unknown[] }[];
  /** Number formats per cell where the source has them (XLSX), for percent-formatted cells. */
  formats?: Map<string, string>;
  /** Merged cells other than the master (XLSX): `${row}:${columnIndex}` → the master's address (B3). */
  merged?: Map<string, string>;
  /** Formula cells without a saved result (XLSX): `${row}:${columnIndex}` → the formula (=SUM(D2:D3)). */
  uncalculated?: Map<string, string>;
}

/**
 * Parses CSV text (RFC 4180: quoted fields, doubled quotes, CRLF/LF/CR line ends). The delimiter
 * (comma, tab or semicolon) is taken from the first line. Blank lines are dropped but keep
 * their numbers, so row numbers match what Excel shows. A stray BOM is dropped with a warning;
 * a NUL character or a cell over MAX_CELL_CHARS stops reading: `unreadable` is then
 * set and the grid is empty. Pure.
 */
export function parseCsv(text: string, file: string): { grid: Grid; issues: Issue[]; unreadable?: boolean } {
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
  let bomRow = 0;
  const refuse = (found: Issue) => ({ grid: { rows: [] }, issues: [...issues, found], unreadable: true });
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const code = ch.charCodeAt(0);
    if (code === 0xfeff) {
      if (bomRow !== line) issues.push(warning('INPUT_STRAY_BOM', { removed: true }, { file, row: line }));
      bomRow = line;
      continue;
    }
    // NUL never occurs in text a person typed: it is a damaged file, a binary one renamed, or
    // UTF-16 read as something else. Other control characters (a vertical tab pasted from Word)
    // are kept as text.
    if (code === 0) {
      const char = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
      return refuse(issue('INPUT_CONTROL_CHAR', { char }, { file, row: line, column: columnLetter(cells.length) }));
    }
    if (cell.length > MAX_CELL_CHARS) {
      return refuse(issue('INPUT_CELL_TOO_LONG', { limit: MAX_CELL_CHARS }, { file, row: quoted ? quoteStart : rowStart, column: columnLetter(cells.length) }));
    }
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
  // The row with an unclosed quote swallowed the rest of the file: it is reported, not read.
  if (quoted) issues.push(issue('DATA_UNCLOSED_QUOTE', {}, { file, row: quoteStart }));
  else if (cell !== '' || cells.length) endRow();
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
