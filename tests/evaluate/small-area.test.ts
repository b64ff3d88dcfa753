import { describe, expect, it } from 'vitest';
import { attachSmallArea } from '../../src/evaluate/small-area.js';
import type { SmallAreaModel } from '../../src/survey/sae/index.js';
import { evalRow } from '../helpers/report.js';

const model: SmallAreaModel = {
  method: 'fay_herriot', indicator: 'literacy_share', parent: 'C', year: 2024, auxiliaries: ['urbanisation_rate'], sigma2u: 1, beta: [5, 0.1], iterations: 3,
  benchmark: { target: 12, adjustment: 0.2, weight: 'population_18_69' }, unbenchmarked: null,
  estimates: [{ region: 'D1', direct: 9, direct_se: 3, gamma: 0.1, eblup: 11, eblup_mse: 1.5, estimate: 11.2, rmse: 1.3 }],
};

describe('attachSmallArea', () => {
  it('fills the sub-region row of the modelled indicator and year, and nothing else of it', () => {
    const row = evalRow({ role: 'subregion', region: 'D1', value: 9, value_year: 2024, status: 'behind' });
    const [out] = attachSmallArea([row], model);
    expect(out).toEqual({ ...row, small_area_estimate: 11.2, small_area_rmse: 1.3, small_area_gamma: 0.1, small_area_benchmarked: true, small_area_method: 'fay_herriot' });
  });

  it('leaves target rows, other indicators, other years and unmodelled regions with nulls', () => {
    const rows = [
      evalRow({ role: 'target', region: 'C', value_year: 2024 }),
      evalRow({ role: 'subregion', region: 'D1', indicator: 'funding', value_year: 2024 }),
      evalRow({ role: 'subregion', region: 'D1', value_year: 2023 }),
      evalRow({ role: 'subregion', region: 'D2', value_year: 2024 }),
    ];
    expect(attachSmallArea(rows, model)).toEqual(rows);
  });
});
