import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../src/data/parse-number.js';
import { plainDecimal, plainDecimalIn } from '../../src/util/plain-decimal.js';

describe('plainDecimal', () => {
  it('reads a plain decimal to the same double as Number() and parseNumber', () => {
    const digits = (min: number, max: number) => fc.array(fc.constantFrom(...'0123456789'), { minLength: min, maxLength: max }).map((d) => d.join(''));
    const text = fc.tuple(fc.boolean(), digits(1, 15), fc.option(digits(1, 25))).map(([minus, whole, fraction]) => `${minus ? '-' : ''}${whole}${fraction === null ? '' : `.${fraction}`}`);
    fc.assert(
      fc.property(text, (t) => {
        const parsed = parseNumber(t);
        expect(parsed.kind).toBe('value');
        expect(Object.is(plainDecimal(t), Number(t))).toBe(true);
        expect(Object.is(plainDecimal(t), (parsed as { value: number }).value)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves anything else to parseNumber (NaN)', () => {
    for (const t of ['', '-', '.5', '5.', '1,500', '1.5万', '１２', ' 12', '12 ', '+3', '1e5', '1.2.3', '1234567890123456', '约12', 'NaN']) {
      expect(plainDecimal(t), t).toBeNaN();
    }
  });

  // readCell (src/data/observations.ts) skips toPrecision(12) for these: it must give them back.
  it('reads a plain decimal of at most twelve characters to a double that toPrecision(12) gives back', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^-?[0-9]{1,11}(\.[0-9]{1,10})?$/).filter((t) => t.length <= 12), (t) => {
        const v = plainDecimal(t);
        expect(Object.is(Number(v.toPrecision(12)), v + 0), t).toBe(true);
      }),
      { numRuns: 20_000 },
    );
    // Thirteen digits would not survive: 1234567890123 prints as 1.23456789012e+12.
    expect(Number((1234567890123).toPrecision(12))).toBe(1234567890120);
  });

  it('reads a cell inside a line (plainDecimalIn) as it reads the cell cut out', () => {
    const cell = fc.oneof(fc.stringMatching(/^-?[0-9]{1,20}(\.[0-9]{0,20})?$/), fc.constantFrom('', '-', '1,500', '１２', '3.', '.5', '1e5', '-0'));
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 6 }), fc.nat(), (cells, pick) => {
        const line = cells.join(',');
        const k = pick % cells.length;
        const from = cells.slice(0, k).reduce((sum, c) => sum + c.length + 1, 0);
        expect(Object.is(plainDecimalIn(line, from, from + cells[k]!.length), plainDecimal(cells[k]!)), line).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});
