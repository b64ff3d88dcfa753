/** What raking a table of cells did. */
export interface RakeResult {
  /** Each cell's factor: its calibrated weights are the old ones times this. */
  factors: Float64Array;
  iterations: number;
  /** Largest relative change of a cell's weights in the last iteration. */
  maxRelativeChange: number;
  /** Largest relative gap between a category's weighted total and its target at the end. */
  maxMarginError: number;
  converged: boolean;
}

export interface RakeOptions {
  /** Stop when every margin is met within this relative error. Default: 1e-10. */
  tolerance?: number;
  /** Most passes over the margins. Default: 100. */
  maxIterations?: number;
}

/**
 * Iterative proportional fitting (raking, Deming & Stephan 1940) on the table of cells, the
 * combinations of categories of all margins: each pass scales, margin by margin, the cells of every
 * category so that their weighted total meets the category's population count. A respondent's weight
 * changes by its cell's factor, so this gives the same weights as raking respondent by respondent
 * (R's rake(), which post-stratifies on each margin in turn), in time independent of the sample size.
 * One margin is post-stratification, exact in one pass. A category whose cells weigh 0 (a replicate
 * that left out all its respondents) keeps factor 1.
 * @example
 * rakeCells(cellTotals, [genderOfCell, ageOfCell], [genderCounts, ageCounts]);
 */
export function rakeCells(
  cellTotals: Float64Array,
  cellCategory: readonly Int32Array[],
  targets: readonly Float64Array[],
  options: RakeOptions = {},
): RakeResult {
  const { tolerance = 1e-10, maxIterations = 100 } = options;
  const cells = cellTotals.length;
  const factors = new Float64Array(cells).fill(1);
  const sums = targets.map((t) => new Float64Array(t.length));
  let iterations = 0;
  let maxRelativeChange = 0;
  let maxMarginError = Infinity;
  while (iterations < maxIterations) {
    iterations++;
    const before = factors.slice();
    cellCategory.forEach((category, m) => {
      const sum = sums[m]!.fill(0);
      for (let c = 0; c < cells; c++) sum[category[c]!]! += cellTotals[c]! * factors[c]!;
      const target = targets[m]!;
      for (let c = 0; c < cells; c++) {
        const s = sum[category[c]!]!;
        if (s > 0) factors[c]! *= target[category[c]!]! / s;
      }
    });
    maxRelativeChange = 0;
    for (let c = 0; c < cells; c++) maxRelativeChange = Math.max(maxRelativeChange, Math.abs(factors[c]! / before[c]! - 1));
    maxMarginError = marginError(cellTotals, factors, cellCategory, targets, sums);
    if (maxMarginError <= tolerance) break;
  }
  return { factors, iterations, maxRelativeChange, maxMarginError, converged: maxMarginError <= tolerance };
}

/** Largest |weighted total − target| / target over all categories with a target above 0. */
function marginError(cellTotals: Float64Array, factors: Float64Array, cellCategory: readonly Int32Array[], targets: readonly Float64Array[], sums: Float64Array[]): number {
  let error = 0;
  cellCategory.forEach((category, m) => {
    const sum = sums[m]!.fill(0);
    for (let c = 0; c < cellTotals.length; c++) sum[category[c]!]! += cellTotals[c]! * factors[c]!;
    const target = targets[m]!;
    for (let k = 0; k < target.length; k++) if (target[k]! > 0) error = Math.max(error, Math.abs(sum[k]! - target[k]!) / target[k]!);
  });
  return error;
}
