import { describe, expect, it } from 'vitest';
import { dispersion, imbalance } from '../../src/evaluate/imbalance.js';
import { computeIndicatorValues } from '../../src/indicators/compute.js';
import { cityWith, ind, indicatorMap, obs } from '../helpers/builders.js';

describe('dispersion', () => {
  it('computes range, ratio, CV and Theil, unweighted and weighted (hand-computed for 10, 20, 30 with weights 1, 1, 2)', () => {
    // Python, float64: cv 0.408248290464, cv_w 0.368513865595, theil 0.087208023961, theil_w 0.075510683020.
    const d = dispersion([10, 20, 30], [1, 1, 2])!;
    expect([d.n, d.min, d.max, d.range, d.max_min_ratio]).toEqual([3, 10, 30, 20, 3]);
    expect(d.cv).toBeCloseTo(0.408248290464, 10);
    expect(d.cv_weighted).toBeCloseTo(0.368513865595, 10);
    expect(d.theil).toBeCloseTo(0.087208023961, 10);
    expect(d.theil_weighted).toBeCloseTo(0.07551068302, 10);
  });

  it('is zero for equal values', () => {
    expect(dispersion([5, 5, 5])).toMatchObject({ range: 0, cv: 0, theil: 0 });
  });
});

describe('imbalance', () => {
  it('answers “不均衡明显改善” with numbers: each measure and the urban–rural gap against the baseline', () => {
    const regions = cityWith([['A', '甲'], ['B', '乙']]);
    const indicators = indicatorMap(ind('literacy_share', { unit: '%', aggregation: 'none' }), ind('population'));
    const { values } = computeIndicatorValues({
      regions, indicators,
      observations: obs(
        ['A', 2020, 'literacy_share', 8], ['B', 2020, 'literacy_share', 12], ['A', 2024, 'literacy_share', 11], ['B', 2024, 'literacy_share', 13],
        ['C', 2020, 'literacy_share', 13, 'urban'], ['C', 2020, 'literacy_share', 7, 'rural'],
        ['C', 2024, 'literacy_share', 16, 'urban'], ['C', 2024, 'literacy_share', 9, 'rural'],
      ),
    });
    const [row] = imbalance({ values, regions, indicators: ['literacy_share'], parent: 'C', year: 2024, baselineYear: 2020 });
    expect(row).toMatchObject({ range: 2, range_narrowed: true, urban_rural_gap: 7, base_urban_rural_gap: 6, gap_narrowed: false });
    expect(row!.base!.range).toBe(4);
    expect(row!.cv_narrowed).toBe(true);
  });
});
