import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimate } from '../../src/survey/estimate.js';
import type { CiMethod, SurveyTable } from '../../src/survey/types.js';
import { columnsTable, surveyFixture } from '../helpers/survey.js';

const table = surveyFixture('respondents.csv');
const SC = { weights: 'weight', strata: 'stratum', clusters: ['psu'] };
const close = (a: number | null, b: number | null, what: string) => {
  expect(a, what).not.toBeNull();
  expect(Math.abs(a! - b!) / Math.max(1, Math.abs(b!)), what).toBeLessThan(1e-10);
};

/** The table with its respondents in another order. */
function permute(t: SurveyTable, order: number[]): SurveyTable {
  const columns = Object.fromEntries(Object.entries(t.columns).map(([k, v]) => [k, order.map((i) => v[i])]));
  return { ...t, columns, source: undefined };
}

describe('estimate: properties', () => {
  it('does not depend on the order of the respondents', () => {
    const base = estimate(table, { variable: 'literate', stat: 'proportion', design: SC, by: ['district'] }).rows;
    const order = fc.shuffledSubarray([...Array(table.length).keys()], { minLength: table.length, maxLength: table.length });
    fc.assert(
      fc.property(order, (o) => {
        const rows = estimate(permute(table, o), { variable: 'literate', stat: 'proportion', design: SC, by: ['district'] }).rows;
        expect(rows.map((r) => r.by)).toEqual(base.map((r) => r.by));
        rows.forEach((r, i) => {
          close(r.estimate, base[i]!.estimate, 'estimate');
          close(r.se, base[i]!.se, 'se');
          close(r.ci_low, base[i]!.ci_low, 'ci_low');
        });
      }),
      { numRuns: 30 },
    );
  });

  it('gives the plain mean, and s/√n as its SE, when every weight is equal', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 3, maxLength: 60 }), fc.double({ min: 0.5, max: 5000, noNaN: true }), (ys, w) => {
        const row = estimate(columnsTable({ y: ys, w: ys.map(() => w) }), { variable: 'y', design: { weights: 'w' } }).rows[0]!;
        const n = ys.length;
        const mean = ys.reduce((a, b) => a + b, 0) / n;
        const s2 = ys.reduce((a, y) => a + (y - mean) ** 2, 0) / (n - 1);
        expect(Math.abs(row.estimate! - mean)).toBeLessThan(1e-9 * Math.max(1, Math.abs(mean)));
        expect(Math.abs(row.se! - Math.sqrt(s2 / n))).toBeLessThan(1e-9 * Math.max(1, Math.sqrt(s2 / n)));
      }),
    );
  });

  it('is unchanged by scaling every weight, except totals, which scale', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 100, noNaN: true }), (c) => {
        const scaled = { ...table, columns: { ...table.columns, weight: table.columns.weight!.map((w) => Number(w) * c) } };
        const a = estimate(table, { variable: 'total_score', design: SC }).rows[0]!;
        const b = estimate(scaled, { variable: 'total_score', design: SC }).rows[0]!;
        close(b.estimate, a.estimate, 'mean');
        close(b.se, a.se, 'se');
        const t = estimate(scaled, { variable: 'total_score', stat: 'total', design: SC }).rows[0]!;
        const t0 = estimate(table, { variable: 'total_score', stat: 'total', design: SC }).rows[0]!;
        close(t.estimate! / c, t0.estimate, 'total / c');
      }),
      { numRuns: 20 },
    );
  });

  it('adds domain totals up to the whole-sample total', () => {
    const rows = estimate(table, { variable: 'literate', stat: 'total', design: SC, by: ['district', 'gender'] }).rows;
    close(rows.slice(1).reduce((a, r) => a + r.estimate!, 0), rows[0]!.estimate, 'Σ domain totals');
    close(rows.slice(1).reduce((a, r) => a + r.weighted_n, 0), rows[0]!.weighted_n, 'Σ domain weights');
  });

  it('puts every interval around its estimate and inside 0–100%', () => {
    const method = fc.constantFrom<CiMethod>('wald', 'logit', 'wilson', 'beta');
    fc.assert(
      fc.property(method, fc.constantFrom('district', 'gender', 'age_group', 'education'), (ci, by) => {
        for (const r of estimate(table, { variable: 'literate', stat: 'proportion', design: SC, by: [by], ci }).rows) {
          expect(r.ci_low!).toBeLessThanOrEqual(r.estimate!);
          expect(r.ci_high!).toBeGreaterThanOrEqual(r.estimate!);
          if (ci !== 'wald') expect(r.ci_low! >= 0 && r.ci_high! <= 100).toBe(true);
        }
      }),
    );
  });
});
