import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { MAX_CELL_CHARS, parseCsv } from '../../src/data/csv.js';
import { parseNumber } from '../../src/data/parse-number.js';
import { readTable } from '../../src/data/read-table.js';
import { toCsv } from '../../src/util/to-csv.js';
import { parseCsvByCharacter } from './csv-reference.js';

// Issue 12: CSV ingest (readTable: decode, then parseCsv) of any table toCsv writes gives back the
// same table. Seeded so a failure reproduces.
const SEED = 20261125;

/** Text that spreadsheets would run as a formula; toCsv gives it a leading apostrophe (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One character of cell text: CSV syntax, spaces, CJK, anything (astral included). */
const char = fc.oneof(
  fc.constantFrom(...'"，,\n\r\t ;|\'　'),
  fc.constantFrom(...'聊城市科普一二三—％万亿'),
  fc.string({ minLength: 1, maxLength: 1, unit: 'grapheme' }),
  // NUL is refused on input (INPUT_CONTROL_CHAR: a damaged or binary file; tests/fixtures/bad/), so never round-trips.
  fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }).filter((c) => c !== '\u0000'),
);
const anyText = fc.string({ unit: char, maxLength: 12 });
const plainText = anyText.filter((s) => !FORMULA_START.test(s));

/** A table: a header row and 1–8 rows, every row as wide as the header. */
function table(cell: fc.Arbitrary<string>) {
  return fc.integer({ min: 1, max: 5 }).chain((width) =>
    fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 2, maxLength: 9 }),
  );
}

async function read(bytes: Uint8Array, width: number) {
  const { grid, issues } = await readTable(bytes, 't.csv');
  return { issues, rows: grid.rows.map((r) => Array.from({ length: width }, (_, i) => String(r.cells[i] ?? ''))), widths: grid.rows.map((r) => r.cells.length) };
}

/** What a reader sees: rows of nothing but blanks are blank lines, skipped as spreadsheets do. */
const visible = (rows: string[][]) => rows.filter((r) => r.some((c) => c.trim() !== ''));
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('CSV: what kepu writes, kepu reads back cell for cell', () => {
  it('any table of text, header included: quotes, commas, semicolons, tabs, line breaks, CJK, leading and trailing spaces', async () => {
    await fc.assert(
      fc.asyncProperty(table(plainText), async (rows) => {
        const width = rows[0]!.length;
        const got = await read(utf8(toCsv(rows)), width);
        expect(got.issues.map((i) => i.code)).toEqual(visible(rows).length ? [] : ['DATA_EMPTY_FILE']);
        expect(got.rows).toEqual(visible(rows));
        expect(got.widths.every((w) => w === width)).toBe(true);
      }),
      { seed: SEED, numRuns: 8_000 },
    );
  });

  it('text a spreadsheet would run as a formula (=, +, -, @, tab, CR first) comes back behind one apostrophe, otherwise unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(table(anyText), async (rows) => {
        const got = await read(utf8(toCsv(rows)), rows[0]!.length);
        const defused = rows.map((r) => r.map((c) => (FORMULA_START.test(c) && !parseable(c) ? `'${c}` : c)));
        expect(got.rows).toEqual(visible(defused));
      }),
      { seed: SEED, numRuns: 4_000 },
    );
  });

  it('numbers, negatives included, come back as text that parseNumber reads as the same number', async () => {
    const number = fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.double({ min: -1e15, max: 1e15, noNaN: true }), fc.double({ min: -1e-3, max: 1e-3, noNaN: true }));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(plainText, number), { minLength: 1, maxLength: 6 }), async (pairs) => {
        const rows = [['名称', '数值'], ...pairs.map(([t, n]) => [`区${t}`, n] as const)];
        const { grid, issues } = await readTable(utf8(toCsv(rows)), 't.csv');
        expect(issues).toEqual([]);
        grid.rows.slice(1).forEach((r, i) => {
          const parsed = parseNumber(r.cells[1]);
          const n = pairs[i]![1];
          expect(parsed, `${n} → ${String(r.cells[1])}`).toEqual({ kind: 'value', value: n === 0 ? 0 : n });
        });
      }),
      { seed: SEED, numRuns: 3_000 },
    );
  });

  it('the same table saved as GBK (as Excel on Chinese Windows does) reads back the same, detected or named', async () => {
    // Characters GBK can represent: CSV syntax, ASCII, the CJK unified ideographs U+4E00–U+9FA5, full-width forms.
    const gbkChar = fc.oneof(
      fc.constantFrom(...'"，,\n\r\t ;|\'　—％'),
      fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
      fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c)),
      fc.integer({ min: 0xff01, max: 0xff5e }).map((c) => String.fromCharCode(c)),
    );
    const gbkText = fc.string({ unit: gbkChar, maxLength: 12 }).filter((s) => !FORMULA_START.test(s));
    await fc.assert(
      fc.asyncProperty(table(gbkText), async (rows) => {
        const bytes = iconv.encode(toCsv(rows).slice(1), 'gbk');
        const named = await readTable(bytes, 't.csv', { encoding: 'gb18030' });
        expect(named.grid.rows.map((r) => r.cells.map(String))).toEqual(visible(rows));
        // Detection: strict UTF-8 first. Bytes that are valid UTF-8 too are read as UTF-8; all others as GB18030.
        const detected = await readTable(bytes, 't.csv');
        const asUtf8 = isUtf8(bytes);
        expect(detected.encoding).toBe(asUtf8 ? 'utf-8' : 'gb18030');
        if (!asUtf8) expect(detected.grid.rows.map((r) => r.cells.map(String))).toEqual(visible(rows));
      }),
      { seed: SEED, numRuns: 2_000 },
    );
  });
});

describe('parseCsv, read by slices', () => {
  // Any text, however broken: quotes opened and doubled anywhere, stray BOMs, NUL, CR, CRLF and LF,
  // each delimiter. The fast reader must give what the character-at-a-time one gave.
  const piece = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom('"', '""', ',', ';', '\t', '\n', '\r', '\r\n', ' ', '\uFEFF', 'a', '科普', '12.5', '|') },
    { weight: 1, arbitrary: fc.constant('\u0000') },
    { weight: 2, arbitrary: fc.string({ maxLength: 4, unit: 'grapheme' }) },
  );
  it('gives the same grid, issues and refusals as reading character by character, for any text', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(parseCsv(text, 'x.csv')).toEqual(parseCsvByCharacter(text, 'x.csv'));
      }),
      { seed: SEED, numRuns: 20_000 },
    );
  });

  it('refuses a cell over the limit exactly when the character-by-character reader did', () => {
    for (const extra of [-1, 0, 1, 2, 3]) {
      const long = 'x'.repeat(MAX_CELL_CHARS + extra);
      for (const text of [long, `a,${long}`, `${long},b`, `${long}\n1`, `"${long}"`, `"${long}`, `${long}\uFEFF`, `${long}\uFEFF,`, `"${long}""x"`]) {
        const fast = parseCsv(text, 'x.csv');
        const slow = parseCsvByCharacter(text, 'x.csv');
        expect(fast.unreadable, `${extra} ${text.slice(-6)}`).toBe(slow.unreadable);
        expect(fast).toEqual(slow);
      }
    }
  });
});

/** Whether toCsv leaves this text alone as a number (-3.5, +2, -1,234, -12.5%): numbers are not formulas. */
function parseable(text: string): boolean {
  return /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][-+]?\d+)?%?$/.test(text);
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
