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
 * (comma, tab, semicolon or |; see sniffDelimiter) is taken from the first line. Blank lines are
 * dropped but keep their numbers, so row numbers match what Excel shows. A stray BOM is dropped
 * with a warning; a first line split by full-width commas, a NUL character or a cell over
 * MAX_CELL_CHARS stops reading: `unreadable` is then set and the grid is empty. Pure.
 */
export function parseCsv(text: string, file: string): { grid: Grid; issues: Issue[]; unreadable?: boolean } {
  const rows: Grid['rows'] = [];
  const scanned = scanCsv(text, file, (row, cells) => void rows.push({ row, cells }));
  return scanned.unreadable ? { grid: { rows: [] }, ...scanned } : { grid: { rows }, issues: scanned.issues };
}

/**
 * Reads CSV text as parseCsv does, handing each row that is not blank to `onRow` as it ends
 * (its spreadsheet row number and its cells) instead of keeping a grid: a national observation
 * file is a million cells, and the grid of them was most of what reading it left to collect.
 * When `unreadable` comes back set, rows already handed over are to be dropped: parseCsv's grid
 * is then empty. Pure but for the callback.
 */
export function scanCsv(text: string, file: string, onRow: (row: number, cells: string[]) => void, options: ScanOptions = {}): { issues: Issue[]; unreadable?: boolean } {
  const { fastRow } = options;
  const sniffed = sniffDelimiter(text);
  if (sniffed === FULLWIDTH_COMMA) {
    return { issues: [issue('INPUT_DELIMITER', { found: FULLWIDTH_COMMA }, { file, row: 1 })], unreadable: true };
  }
  const delimiter = sniffed.charCodeAt(0);
  const issues: Issue[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowStart = 1;
  let quoteStart = 0;
  const endRow = () => {
    cells.push(cell);
    if (anyText(cells)) onRow(rowStart, cells);
    cells = [];
    cell = '';
  };
  let bomRow = 0;
  const refuse = (found: Issue) => ({ issues: [...issues, found], unreadable: true });
  const tooLong = () => refuse(issue('INPUT_CELL_TOO_LONG', { limit: MAX_CELL_CHARS }, { file, row: quoted ? quoteStart : rowStart, column: columnLetter(cells.length) }));
  const n = text.length;
  let i = 0;
  while (i < n) {
    // A row the reader takes straight from the text (ScanOptions.fastRow) goes on at its line end.
    if (fastRow !== undefined && cells.length === 0 && cell === '' && !quoted) {
      const end = fastRow(text, i, rowStart, delimiter);
      if (end >= 0) {
        i = end;
        if (i === n) break;
        if (text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF) i++;
        line++;
        rowStart = line;
        i++;
        continue;
      }
    }
    // Ordinary characters are taken as one slice up to the next one that means something here:
    // building a million cells a character at a time made most of a large file's cost garbage.
    const start = i;
    // A cell is refused once a character arrives while it is over the limit, so a slice may take
    // the cell to one past it (its last character arrived when the cell was one shorter); the scan
    // stops there, so a 50 MB cell is never copied.
    const end = Math.min(n, start + MAX_CELL_CHARS + 2 - cell.length);
    while (i < end && !special(text.charCodeAt(i), quoted, delimiter)) i++;
    if (cell.length + (i - start) > MAX_CELL_CHARS + 1) return tooLong();
    if (i > start) cell += text.slice(start, i);
    if (i === n) break;
    const code = text.charCodeAt(i);
    if (code === 0xfeff) {
      if (bomRow !== line) issues.push(warning('INPUT_STRAY_BOM', { removed: true }, { file, row: line }));
      bomRow = line;
      i++;
      continue;
    }
    // NUL never occurs in text a person typed: it is a damaged file, a binary one renamed, or
    // UTF-16 read as something else. Other control characters (a vertical tab pasted from Word)
    // are kept as text.
    if (code === 0) return refuse(issue('INPUT_CONTROL_CHAR', { char: 'U+0000' }, { file, row: line, column: columnLetter(cells.length) }));
    if (cell.length > MAX_CELL_CHARS) return tooLong();
    if (quoted) {
      if (code === QUOTE) {
        if (text.charCodeAt(i + 1) === QUOTE) {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (code === LF || (code === CR && text.charCodeAt(i + 1) !== LF)) line++;
        cell += text[i];
      }
    } else if (code === QUOTE) {
      if (cell.trim() === '') {
        quoted = true;
        cell = '';
        quoteStart = line;
      } else cell += '"';
    } else if (code === delimiter) {
      cells.push(cell);
      cell = '';
    } else {
      if (code === CR && text.charCodeAt(i + 1) === LF) i++;
      endRow();
      line++;
      rowStart = line;
    }
    i++;
  }
  // The row with an unclosed quote swallowed the rest of the file: it is reported, not read.
  if (quoted) issues.push(issue('DATA_UNCLOSED_QUOTE', {}, { file, row: quoteStart }));
  else if (cell !== '' || cells.length) endRow();
  return { issues };
}

/**
 * Reads the row of a delimited text that starts at `from` (`row`: its spreadsheet row; `delimiter`:
 * the delimiter's character code) straight from the text: the position of its line end, or -1.
 */
export type RowFromText = (text: string, from: number, row: number, delimiter: number) => number;

export interface ScanOptions {
  /**
   * Offered each row at its start, before any cell is made (`from`: its first character; `row`: its
   * spreadsheet row; the delimiter's character code): a reader that can take the row straight from
   * the text returns the position of its line end (a CR or LF, or the text's length), having done
   * with it what onRow would; -1 leaves it to be read as any other row, cells and all. A row taken
   * so is one that holds no quote, BOM or NUL and no cell over MAX_CELL_CHARS, so that it splits
   * at its delimiters and its line end exactly as scanCsv would split it (the reader checks).
   */
  fastRow?: RowFromText;
}

/** Whether any cell has more than white space: a row that has none is a blank line. */
function anyText(cells: readonly string[]): boolean {
  for (let i = 0; i < cells.length; i++) if (cells[i]!.trim() !== '') return true;
  return false;
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** Characters parseCsv must look at: quotes, line ends, BOM and NUL, and outside quotes the delimiter. */
function special(code: number, quoted: boolean, delimiter: number): boolean {
  return code === QUOTE || code === LF || code === CR || code === 0xfeff || code === 0 || (!quoted && code === delimiter);
}

/** A comma typed with a Chinese input method on. */
const FULLWIDTH_COMMA = '，';

/**
 * The delimiter most used in the first record, outside quoted cells (a quoted "a;b;c" header is one
 * cell): comma, tab, semicolon or |. A first record with none of them but two or more full-width
 * commas gives '，', which parseCsv refuses with its own message rather than read as one column
 * (text cells use ， too, so it is never taken as the delimiter).
 */
export function sniffDelimiter(text: string): string {
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
      cell = DELIMITERS.includes(ch) ? '' : cell + ch;
    }
  }
  const counts = DELIMITERS.map((d) => [d, first.split(d).length - 1] as const);
  const best = counts.sort((a, b) => b[1] - a[1])[0]!;
  if (best[1] > 0) return best[0];
  return first.split(FULLWIDTH_COMMA).length > 2 ? FULLWIDTH_COMMA : ',';
}

/** The delimiters a table may use, most usual first (a tie goes to the earlier). */
const DELIMITERS = [',', '\t', ';', '|'];
