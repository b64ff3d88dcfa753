import type { SmallAreaModel } from '../survey/sae/types.js';
import type { EvaluationRow } from './types.js';

/** The small-area fields of a row without a small-area estimate. */
export const NO_SMALL_AREA: Pick<EvaluationRow, 'small_area_estimate' | 'small_area_rmse' | 'small_area_gamma' | 'small_area_benchmarked' | 'small_area_method'> = {
  small_area_estimate: null,
  small_area_rmse: null,
  small_area_gamma: null,
  small_area_benchmarked: null,
  small_area_method: null,
};

/**
 * Puts the model's estimate beside the direct value of each sub-region row of the modelled
 * indicator whose value is of the modelled year. The model is data made upstream (src/app); the
 * status stays judged on the direct value: nothing here touches it.
 * @example
 * attachSmallArea(rows, model); // 371521 row: value 8.6 (direct), small_area_estimate 9.35
 */
export function attachSmallArea(rows: readonly EvaluationRow[], model: SmallAreaModel): EvaluationRow[] {
  const byRegion = new Map(model.estimates.map((e) => [e.region, e]));
  return rows.map((r) => {
    const e = r.role === 'subregion' && r.indicator === model.indicator && r.value_year === model.year ? byRegion.get(r.region) : undefined;
    if (!e) return r;
    return { ...r, small_area_estimate: e.estimate, small_area_rmse: e.rmse, small_area_gamma: e.gamma, small_area_benchmarked: model.benchmark !== null, small_area_method: model.method };
  });
}
