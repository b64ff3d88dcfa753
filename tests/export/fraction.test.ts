import { describe, expect, it } from 'vitest';
import { toFraction } from '../../src/export/fraction.js';

const t = (id: string, coef = 1, group = 'total') => ({ id, group, coef });

describe('toFraction', () => {
  it('writes the bundled ratio formulas as scale × Σ fields ÷ Σ fields (indicators/*.yaml)', () => {
    expect(toFraction('d.funding_total * 10000 / d.population')).toEqual({ numerator: [t('funding_total')], denominator: [t('population')], scale: 10000 });
    expect(toFraction('d.funding_gov / d.funding_total * 100')).toEqual({ numerator: [t('funding_gov')], denominator: [t('funding_total')], scale: 100 });
    expect(toFraction('(d.staff_fulltime + d.staff_parttime) / (d.population / 10000)')).toEqual({
      numerator: [t('staff_fulltime'), t('staff_parttime')], denominator: [t('population')], scale: 10000,
    });
    expect(toFraction('d.venue_exhibition_area / (d.population / 10000)')).toEqual({ numerator: [t('venue_exhibition_area')], denominator: [t('population')], scale: 10000 });
  });

  it('reads the ratio functions of the registry, groups and unequal coefficients', () => {
    expect(toFraction('per_10k(d.events, d.population)')).toEqual({ numerator: [t('events')], denominator: [t('population')], scale: 10000 });
    expect(toFraction('share(d.a.urban, d.a)')).toEqual({ numerator: [t('a', 1, 'urban')], denominator: [t('a')], scale: 100 });
    // (a + 2b) / p: the coefficients differ, so they stay in the numerator.
    expect(toFraction('(d.a + 2 * d.b) / d.p')).toEqual({ numerator: [t('a'), t('b', 2)], denominator: [t('p')], scale: 1 });
    // a/p + 1 = (a + p) / p: still a ratio of sums.
    expect(toFraction('d.a / d.p + 1')).toEqual({ numerator: [t('a'), t('p')], denominator: [t('p')], scale: 1 });
  });

  it('refuses what summing cannot redo: differences, sums, products of fields, min/max, constants', () => {
    for (const f of ['d.literacy_share.urban - d.literacy_share.rural', 'd.a + d.b', 'd.a * d.b / d.c', 'min(d.a, d.b) / d.c', 'd.a / d.b + d.c / d.e', '(d.a + 1) / d.b', '5 / d.b', 'd.a / 5', 'abs(d.a) / d.b', 'd.a /']) {
      expect(toFraction(f), f).toBeUndefined();
    }
  });
});
