import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimate } from '../../src/survey/estimate.js';
import type { CiMethod, SurveyTable } from '../../src/survey/types.js';
import { columnsTable, surveyFixture } from '../helpers/survey.js';
import type { EstimateOptions } from '../../src/survey/estimate.js';

// Issue 12: the survey estimator's estimate does not depend on the order of the respondents or on
// the scale of the weights (totals scale). Seeded so a failure reproduces.
const SEED = 20261126;
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

describe('estimate: properties on the Liaocheng sample', () => {
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
      { seed: SEED, numRuns: 30 },
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
      { seed: SEED },
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
      { seed: SEED, numRuns: 20 },
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
      { seed: SEED },
    );
  });
});

/**
 * A small stratified cluster design: 1–3 strata, 2–4 PSUs each (no lonely PSU), 1–4 respondents
 * per PSU, positive weights, a score, a 0/1 answer, a domain, and the stratum's PSU count N for the fpc.
 */
const designs = fc
  .array(fc.array(fc.array(fc.record({ w: fc.double({ min: 0.5, max: 500, noNaN: true }), y: fc.integer({ min: 0, max: 100 }), z: fc.constantFrom(0, 1), d: fc.constantFrom('甲', '乙') }), { minLength: 1, maxLength: 4 }), { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 3 })
  .chain((strata) => fc.tuple(fc.constant(strata), fc.array(fc.integer({ min: 0, max: 20 }), { minLength: strata.length, maxLength: strata.length })))
  .map(([strata, extra]) => {
    const cols: Record<string, unknown[]> = { w: [], y: [], z: [], d: [], h: [], psu: [], N: [] };
    strata.forEach((psus, h) => psus.forEach((people, p) => people.forEach((r) => {
      cols.w!.push(r.w); cols.y!.push(r.y); cols.z!.push(r.z); cols.d!.push(r.d);
      cols.h!.push(`层${h}`); cols.psu!.push(`${h}-${p}`); cols.N!.push(psus.length + extra[h]!);
    })));
    return cols;
  });

const designOf = (fpc: boolean) => ({ weights: 'w', strata: 'h', clusters: ['psu'], ...(fpc ? { fpc: ['N'] } : {}) });
const run = (columns: Record<string, unknown[]>, options: Omit<EstimateOptions, 'design'>, fpc: boolean) =>
  estimate(columnsTable(columns), { ...options, design: designOf(fpc) }).rows;
const near = (a: number | null, b: number | null, what: string) => {
  expect(a === null, what).toBe(b === null);
  if (a !== null && b !== null) expect(Math.abs(a - b), `${what}: ${a} vs ${b}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));
};
const stats = fc.constantFrom<Omit<EstimateOptions, 'design'>>(
  { variable: 'y', stat: 'mean', by: ['d'] }, { variable: 'z', stat: 'proportion', by: ['d'] }, { variable: 'y', stat: 'total', by: ['d'] },
);

describe('estimate: properties on generated stratified cluster designs', () => {
  it('gives the same estimates and standard errors whatever the order of the respondents', () => {
    fc.assert(
      fc.property(designs, stats, fc.boolean(), fc.integer(), (columns, options, fpc, shuffleSeed) => {
        const n = columns.w!.length;
        const order = [...Array(n).keys()].sort((a, b) => hash(a, shuffleSeed) - hash(b, shuffleSeed) || a - b);
        const shuffled = Object.fromEntries(Object.entries(columns).map(([k, v]) => [k, order.map((i) => v[i])]));
        const a = run(columns, options, fpc);
        const b = run(shuffled, options, fpc);
        expect(b.map((r) => r.by)).toEqual(a.map((r) => r.by));
        a.forEach((r, i) => {
          near(b[i]!.estimate, r.estimate, `${options.stat} estimate ${JSON.stringify(r.by)}`);
          near(b[i]!.se, r.se, `${options.stat} se ${JSON.stringify(r.by)}`);
        });
      }),
      { seed: SEED, numRuns: 2_000 },
    );
  });

  it('gives the same means and proportions, and SEs, when every weight is multiplied by c; totals and their SEs scale by c', () => {
    fc.assert(
      fc.property(designs, stats, fc.boolean(), fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (columns, options, fpc, c) => {
        const scaled = { ...columns, w: columns.w!.map((w) => (w as number) * c) };
        const k = options.stat === 'total' ? c : 1;
        const a = run(columns, options, fpc);
        const b = run(scaled, options, fpc);
        a.forEach((r, i) => {
          near(b[i]!.estimate, r.estimate === null ? null : r.estimate * k, `${options.stat} estimate × ${k}`);
          near(b[i]!.se, r.se === null ? null : r.se * k, `${options.stat} se × ${k}`);
        });
      }),
      { seed: SEED, numRuns: 2_000 },
    );
  });
});

/** A deterministic shuffle key (fast-check supplies the seed). */
function hash(i: number, seed: number): number {
  let x = Math.imul(i ^ seed, 0x9e3779b1);
  x ^= x >>> 15;
  return Math.imul(x, 0x85ebca6b) >>> 0;
}
