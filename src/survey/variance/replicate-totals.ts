import { replicateFactors } from './replicate-weights.js';
import type { ReplicateWeights, SurveyDesign } from '../types.js';

/**
 * Weighted totals of J quantities per group of respondents sharing a PSU and a calibration cell,
 * the only level at which replicate weights differ: a replicate's totals are sums over groups, not
 * respondents. For the jackknife, also per cell over everyone and per stratum and cell, so that a
 * replicate (one PSU left out) costs the cells, not the PSUs.
 */
export interface GroupTotals {
  cells: number;
  J: number;
  psu: number[];
  cell: number[];
  /** Group g's total of quantity j at g·J + j. */
  sums: number[];
  jackknife?: { grand: Float64Array; byStratum: Float64Array; psuStart: Int32Array; psuGroups: Int32Array };
}

/**
 * Sums w · columns[j][k] over the respondents rows[k] by (PSU, cell) group. `cellOf` is undefined
 * without calibration (one cell).
 */
export function groupTotals(
  design: SurveyDesign,
  rows: ArrayLike<number>,
  weights: ArrayLike<number>,
  cellOf: Int32Array | undefined,
  cells: number,
  columns: readonly ArrayLike<number>[],
): GroupTotals {
  const J = columns.length;
  const slot = new Map<number, number>();
  const psu: number[] = [];
  const cell: number[] = [];
  const sums: number[] = [];
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k]!;
    const c = cellOf ? cellOf[r]! : 0;
    const key = design.psuOf[r]! * cells + c;
    let g = slot.get(key);
    if (g === undefined) {
      slot.set(key, (g = psu.length));
      psu.push(design.psuOf[r]!);
      cell.push(c);
      for (let j = 0; j < J; j++) sums.push(0);
    }
    for (let j = 0; j < J; j++) sums[g * J + j]! += weights[r]! * columns[j]![k]!;
  }
  const totals: GroupTotals = { cells, J, psu, cell, sums };
  if (design.replicates && design.replicates.method !== 'bootstrap') totals.jackknife = jackknifeAggregates(design, totals);
  return totals;
}

function jackknifeAggregates(design: SurveyDesign, { cells, J, psu, cell, sums }: GroupTotals): NonNullable<GroupTotals['jackknife']> {
  const grand = new Float64Array(cells * J);
  const byStratum = new Float64Array(design.strata.length * cells * J);
  const psuStart = new Int32Array(design.psus.length + 1);
  psu.forEach((p, g) => {
    psuStart[p + 1]!++;
    const h = design.psus[p]!.stratum;
    for (let j = 0; j < J; j++) {
      grand[cell[g]! * J + j]! += sums[g * J + j]!;
      byStratum[(h * cells + cell[g]!) * J + j]! += sums[g * J + j]!;
    }
  });
  for (let p = 0; p < design.psus.length; p++) psuStart[p + 1]! += psuStart[p]!;
  const next = psuStart.slice(0, design.psus.length);
  const psuGroups = new Int32Array(psu.length);
  psu.forEach((p, g) => (psuGroups[next[p]!++] = g));
  return { grand, byStratum, psuStart, psuGroups };
}

/**
 * Replicate k's totals per cell, out[c·J + j] = Σ over groups of cell c of the PSU's factor times the
 * group's total j (before any calibration of the replicate). The jackknife's are
 * out·(T_c − T_hc) + in·(T_hc − T_ic), leaving out PSU i and scaling the rest of its stratum h.
 */
export function replicateCellTotals(design: SurveyDesign, replicates: ReplicateWeights, totals: GroupTotals, k: number, scratch: Float64Array, out: Float64Array): void {
  const { cells, J, jackknife } = totals;
  if (jackknife && replicates.method !== 'bootstrap') {
    const i = replicates.deleted[k]!;
    const h = replicates.scaledStratum[k]!;
    const outside = replicates.outFactor[k]!;
    const inside = replicates.inFactor[k]!;
    const stratum = h * cells * J;
    for (let x = 0; x < cells * J; x++) {
      out[x] = h < 0 ? outside * jackknife.grand[x]! : outside * (jackknife.grand[x]! - jackknife.byStratum[stratum + x]!) + inside * jackknife.byStratum[stratum + x]!;
    }
    const left = h < 0 ? outside : h === design.psus[i]!.stratum ? inside : outside;
    for (let q = jackknife.psuStart[i]!; q < jackknife.psuStart[i + 1]!; q++) {
      const g = jackknife.psuGroups[q]!;
      for (let j = 0; j < J; j++) out[totals.cell[g]! * J + j]! -= left * totals.sums[g * J + j]!;
    }
    return;
  }
  const f = replicateFactors(replicates, design, k, scratch);
  out.fill(0);
  totals.psu.forEach((p, g) => {
    for (let j = 0; j < J; j++) out[totals.cell[g]! * J + j]! += f[p]! * totals.sums[g * J + j]!;
  });
}
