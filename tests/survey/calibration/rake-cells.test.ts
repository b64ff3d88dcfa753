import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rakeCells } from '../../../src/survey/calibration/rake-cells.js';

// A 2 × 2 table of cells: rows are the first margin's categories, columns the second's, cells
// numbered row by row: [r0c0, r0c1, r1c0, r1c1].
const rowOf = Int32Array.from([0, 0, 1, 1]);
const colOf = Int32Array.from([0, 1, 0, 1]);
const fitted = (totals: number[], factors: Float64Array) => totals.map((t, c) => t * factors[c]!);

describe('rakeCells', () => {
  it('fits a table with no interaction in one pass: cells = row count × column count / N (by hand)', () => {
    // All cells weigh 1; rows must add to 30 and 70, columns to 40 and 60. Rows first: 15 15 / 35 35;
    // then columns: 15·40/50 = 12, 15·60/50 = 18, 35·40/50 = 28, 35·60/50 = 42, which also meets the rows.
    const result = rakeCells(Float64Array.from([1, 1, 1, 1]), [rowOf, colOf], [Float64Array.from([30, 70]), Float64Array.from([40, 60])]);
    expect(fitted([1, 1, 1, 1], result.factors)).toEqual([12, 18, 28, 42].map((v) => expect.closeTo(v, 12)));
    expect(result).toMatchObject({ iterations: 1, converged: true });
    expect(result.maxMarginError).toBeLessThan(1e-15);
  });

  it('keeps the odds ratio of the table and meets both margins (Deming–Stephan)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.5, max: 100, noNaN: true }), { minLength: 4, maxLength: 4 }),
        fc.double({ min: 0.1, max: 0.9, noNaN: true }),
        fc.double({ min: 0.1, max: 0.9, noNaN: true }),
        (t, p, q) => {
          const result = rakeCells(Float64Array.from(t), [rowOf, colOf], [Float64Array.from([1000 * p, 1000 * (1 - p)]), Float64Array.from([1000 * q, 1000 * (1 - q)])], { maxIterations: 1000 });
          const f = fitted(t, result.factors);
          expect(result.converged).toBe(true);
          expect(f[0]! + f[1]!).toBeCloseTo(1000 * p, 6);
          expect(f[0]! + f[2]!).toBeCloseTo(1000 * q, 6);
          expect((f[0]! * f[3]!) / (f[1]! * f[2]!)).toBeCloseTo((t[0]! * t[3]!) / (t[1]! * t[2]!), 6);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('reports the last iteration’s largest change and stops at maxIterations', () => {
    const t = Float64Array.from([40, 10, 20, 30]);
    const targets = [Float64Array.from([50, 50]), Float64Array.from([50, 50])];
    const one = rakeCells(t, [rowOf, colOf], targets, { maxIterations: 1 });
    expect(one).toMatchObject({ iterations: 1, converged: false });
    // Pass 1 by hand: rows ×1 (50, 50 already); columns: 60 → ×5/6, 40 → ×5/4; largest change 25%.
    expect(one.maxRelativeChange).toBeCloseTo(0.25, 12);
    const all = rakeCells(t, [rowOf, colOf], targets);
    expect(all.converged).toBe(true);
    expect(all.iterations).toBeGreaterThan(1);
    expect(all.maxRelativeChange).toBeLessThan(1e-8);
  });
});
