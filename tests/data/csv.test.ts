import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/data/csv.js';
import { toCsv } from '../../src/util/to-csv.js';

const cells = (text: string) => parseCsv(text, 't.csv').grid.rows.map((r) => r.cells);

describe('parseCsv', () => {
  it('takes the delimiter from the first line outside quoted cells (found by tests/properties/csv.test.ts)', () => {
    // Two semicolons inside quotes, one comma outside: comma-separated.
    expect(cells('"a;b;c",x\r\n1,2\r\n')).toEqual([['a;b;c', 'x'], ['1', '2']]);
    expect(cells('"a\t\tb",x\n1,2\n')).toEqual([['a\t\tb', 'x'], ['1', '2']]);
    // A quoted header cell spanning lines.
    expect(cells('"a\n;;",x\n1,2\n')).toEqual([['a\n;;', 'x'], ['1', '2']]);
  });

  it('still reads semicolon-, tab- and |-separated files', () => {
    expect(cells('a;b\n1;2\n')).toEqual([['a', 'b'], ['1', '2']]);
    expect(cells('a\tb\n1\t2\n')).toEqual([['a', 'b'], ['1', '2']]);
    expect(cells('地区|年份\n东昌府区|2023\n')).toEqual([['地区', '年份'], ['东昌府区', '2023']]);
  });

  it('refuses a file whose columns are separated by full-width commas, naming the character', () => {
    const read = parseCsv('地区，年份，数值\n东昌府区，2023，1\n', 't.csv');
    expect(read.unreadable).toBe(true);
    expect(read.issues.map((i) => [i.code, i.where?.row])).toEqual([['INPUT_DELIMITER', 1]]);
    // One full-width comma in a one-column header is text, not a delimiter.
    expect(cells('说明，备注\n一\n')).toEqual([['说明，备注'], ['一']]);
  });
});

describe('toCsv', () => {
  it('quotes a cell with a semicolon, so a one-column table is not read as semicolon-separated', () => {
    expect(toCsv([['a;b'], ['1']])).toBe('\uFEFF"a;b"\r\n1\r\n');
    expect(cells(toCsv([['a;b'], ['1']]).slice(1))).toEqual([['a;b'], ['1']]);
    expect(cells(toCsv([['a|b'], ['1']]).slice(1))).toEqual([['a|b'], ['1']]);
  });
});
