import { groupTotals, replicateCellTotals } from './replicate-totals.js';
import type { ReplicateWeights, SurveyDesign } from '../types.js';

/**
 * A statistic as a function of weighted totals, for replicate weights: `columns[j][k]` is the value
 * of the j-th quantity for respondent rows[k], and statistic(t) turns t_j = Σ_k w_k · columns[j][k]
 * into the estimate (a mean is t_0/t_1 with columns y and 1).
 */
export interface ReplicateStatistic {
  columns: readonly ArrayLike<number>[];
  statistic: (totals: Float64Array) => number;
}

/**
 * Replicate-weight variance of a statistic over a domain's respondents (R's svrVar):
 * v = scale · Σ_k rscales_k (θ_k − θ̄)², θ̄ the mean of the replicates with rscales_k > 0. Replicates
 * whose estimate is undefined (a jackknife replicate that drops every respondent of a small domain)
 * are left out, as R's na.action does. The totals are summed once per PSU and calibration cell
 * (replicate-totals.ts), so a replicate costs those groups, or for the jackknife the cells, not the respondents.
 * @example
 * replicateVariance(design, rows, { columns: [y, ones], statistic: (t) => t[0]! / t[1]! });
 */
export function replicateVariance(design: SurveyDesign, rows: ArrayLike<number>, { columns, statistic }: ReplicateStatistic): number {
  const replicates = design.replicates!;
  const calibration = design.calibration;
  const cells = calibration ? calibration.cellCategory[0]!.length : 1;
  const J = columns.length;
  const groups = groupTotals(design, rows, calibration ? calibration.baseWeights : design.weights, calibration?.cellOf, cells, columns);
  const thetas = new Float64Array(replicates.count);
  const scratch = new Float64Array(design.psus.length);
  const byCell = new Float64Array(cells * J);
  const totals = new Float64Array(J);
  for (let k = 0; k < replicates.count; k++) {
    replicateCellTotals(design, replicates, groups, k, scratch, byCell);
    const g = replicates.cellFactors?.subarray(k * cells, (k + 1) * cells);
    totals.fill(0);
    for (let c = 0; c < cells; c++) {
      const factor = g ? g[c]! : 1;
      for (let j = 0; j < J; j++) totals[j]! += factor * byCell[c * J + j]!;
    }
    thetas[k] = statistic(totals);
  }
  return replicateSpread(thetas, replicates);
}

/** scale · Σ rscales (θ_k − θ̄)² over the replicates with a finite estimate; 0 without replicates. */
export function replicateSpread(thetas: Float64Array, { scale, rscales }: Pick<ReplicateWeights, 'scale' | 'rscales'>): number {
  let sum = 0;
  let used = 0;
  for (let k = 0; k < thetas.length; k++) {
    if (Number.isFinite(thetas[k]!) && rscales[k]! > 0) {
      sum += thetas[k]!;
      used++;
    }
  }
  if (used === 0) return thetas.length === 0 ? 0 : NaN;
  const mean = sum / used;
  let v = 0;
  for (let k = 0; k < thetas.length; k++) if (Number.isFinite(thetas[k]!)) v += rscales[k]! * (thetas[k]! - mean) ** 2;
  return scale * v;
}
