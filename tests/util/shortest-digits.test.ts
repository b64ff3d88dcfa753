import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeShortest } from '../../src/util/shortest-digits.js';

const ascii = (b: Uint8Array, end: number) => String.fromCharCode(...b.subarray(0, end));

/** What writeShortest writes for v, or undefined when it leaves v to String. */
function shortest(v: number): string | undefined {
  const buffer = new Uint8Array(32).fill(120); // 'x': a digit not written would show
  const end = writeShortest(buffer, 0, v);
  return end < 0 ? undefined : ascii(buffer, end);
}

describe('writeShortest', () => {
  it('writes numbers whose shortest decimal is known by hand', () => {
    // 0.1 + 0.2 needs all 17 digits; 1/3 16; 0.1 one; 1.005 (below 1.005 in binary) four.
    expect(shortest(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(shortest(1 / 3)).toBe('0.3333333333333333');
    expect(shortest(2 / 3)).toBe('0.6666666666666666');
    expect(shortest(0.1)).toBe('0.1');
    expect(shortest(1.005)).toBe('1.005');
    expect(shortest(123.456)).toBe('123.456');
    expect(shortest(0.000001234)).toBe('0.000001234');
    expect(shortest(99999999999999.9)).toBe('99999999999999.9');
    expect(shortest(42)).toBe('42');
  });

  it('writes exactly what String writes, or leaves the number to String', () => {
    // Shares, ratios of counts and growth rates (the tables' numbers), then any double in range.
    const ratio = fc.tuple(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 1, max: 100_000 })).map(([a, b]) => a / b);
    const decimal = fc.tuple(fc.integer({ min: 1, max: 10 ** 9 }), fc.integer({ min: 0, max: 12 })).map(([m, e]) => m / 10 ** e);
    const any = fc.double({ min: 1e-6, max: 1e15, noNaN: true });
    fc.assert(
      fc.property(fc.oneof(ratio, decimal, any, ratio.map((r) => r * 100), ratio.map((r) => r - Math.floor(r))), (v) => {
        const s = shortest(v);
        if (s !== undefined) expect(s).toBe(String(v));
      }),
      { numRuns: 20_000 },
    );
  });

  it('takes nearly every share and ratio itself, or it saves nothing', () => {
    // 1..1000 over 7..306, as a percentage: 300,000 numbers of the kind a table holds. The ones
    // left to String are the powers of two (3/4 = 0.75 · 100 is not one, but 1/2 is) and the whole numbers.
    const buffer = new Uint8Array(32);
    let left = 0;
    let fractions = 0;
    for (let a = 1; a <= 1000; a++) {
      for (let b = 7; b < 307; b++) {
        const v = (a / b) * 100;
        if (Number.isInteger(v)) continue;
        fractions++;
        const end = writeShortest(buffer, 0, v);
        if (end < 0) left++;
        else if (ascii(buffer, end) !== String(v)) expect(ascii(buffer, end), `${a}/${b}`).toBe(String(v));
      }
    }
    expect(left / fractions).toBeLessThan(0.001);
  });

  it('is right next to the powers of ten, where the decimal exponent may be misjudged', () => {
    for (let e = -6; e < 15; e++) {
      const p = Number(`1e${e}`);
      for (const v of [p, nextUp(p), nextDown(p), nextUp(nextUp(p)), nextDown(nextDown(p)), p * 1.5, p * 9.999999999999998]) {
        if (v < 1e-6 || v >= 1e15) continue;
        const s = shortest(v);
        if (s !== undefined) expect(s, `${v}`).toBe(String(v));
      }
    }
  });

  it('leaves to String what it cannot be sure of: powers of two, numbers out of range, non-numbers', () => {
    for (const v of [0.5, 0.25, 2, 1024, 2 ** -10, 9.5367431640625e-7, 1e-7, 1e15, 1e21, 0, -1.5, NaN, Infinity]) expect(shortest(v), `${v}`).toBeUndefined();
  });

  it('writes after the position given and leaves what is before it', () => {
    const buffer = new Uint8Array(40).fill(35); // '#'
    const end = writeShortest(buffer, 5, 0.0625 + 1e-10);
    expect(ascii(buffer, end)).toBe(`#####${String(0.0625 + 1e-10)}`);
  });
});

/** The doubles either side of v (v > 0). */
function nextUp(v: number): number {
  const b = new Float64Array([v]);
  new BigUint64Array(b.buffer)[0]! += 1n;
  return b[0]!;
}
function nextDown(v: number): number {
  const b = new Float64Array([v]);
  new BigUint64Array(b.buffer)[0]! -= 1n;
  return b[0]!;
}
