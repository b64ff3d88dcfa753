// The character-at-a-time CSV reader src/data/csv.ts had before it took ordinary characters as
// slices (issue 9: most of a million-row file's cost was garbage). Kept here as the reference the
// property in csv.test.ts holds the fast reader to: the same cells, rows, issues and refusals.
import type { Issue } from '../../src/errors/index.js';
import { issue, warning } from '../../src/errors/index.js';
import type { Grid } from '../../src/data/csv.js';
import { MAX_CELL_CHARS, sniffDelimiter } from '../../src/data/csv.js';
import { columnLetter } from '../../src/data/header.js';

export function parseCsvByCharacter(text: string, file: string): { grid: Grid; issues: Issue[]; unreadable?: boolean } {
  const delimiter = sniffDelimiter(text);
  // Added with the fast reader: a first line separated by full-width commas is refused.
  if (delimiter === '，') return { grid: { rows: [] }, issues: [issue('INPUT_DELIMITER', { found: '，' }, { file, row: 1 })], unreadable: true };
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
