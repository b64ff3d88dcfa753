import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byYear } from '../../../src/evaluate/targets/level.js';

describe('byYear', () => {
  const sorted = (list: { year: number; value: number }[]) => [...list].sort((a, b) => a.year - b.year);

  it('puts the baseline among points in order of year where a stable sort puts it', () => {
    const points = [{ year: 2019, value: 1 }, { year: 2021, value: 2 }, { year: 2023, value: 3 }];
    expect(byYear(points.slice(), { year: 2020, value: 9 }).map((p) => p.year)).toEqual([2019, 2020, 2021, 2023]);
    expect(byYear(points.slice(), { year: 2015, value: 9 }).map((p) => p.year)).toEqual([2015, 2019, 2021, 2023]);
    expect(byYear(points.slice(), { year: 2025, value: 9 }).map((p) => p.year)).toEqual([2019, 2021, 2023, 2025]);
    expect(byYear(points.slice(), undefined)).toEqual(points);
  });

  it('gives what sorting [baseline, ...points] gives, for points in any order and years repeated', () => {
    const point = fc.record({ year: fc.integer({ min: 2010, max: 2030 }), value: fc.integer() });
    fc.assert(
      fc.property(fc.array(point, { maxLength: 12 }), fc.boolean(), fc.option(point, { nil: undefined }), (points, inOrder, baseline) => {
        const list = inOrder ? sorted(points) : points;
        // The caller never passes a baseline in a year the points have.
        const extra = baseline && !list.some((p) => p.year === baseline.year) ? baseline : undefined;
        expect(byYear(list.slice(), extra)).toEqual(sorted([...(extra ? [extra] : []), ...list]));
      }),
      { numRuns: 2000 },
    );
  });
});
