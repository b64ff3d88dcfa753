import type { Issue } from '../../errors/index.js';
import { warning } from '../../errors/index.js';
import type { MarginMatch } from './match-margins.js';
import { matchMargins } from './match-margins.js';
import type { RakeOptions } from './rake-cells.js';
import { rakeCells } from './rake-cells.js';
import { groupTotals, replicateCellTotals } from '../variance/replicate-totals.js';
import type { Calibration, CalibrationReport, CalibrationSpec, SurveyDesign, SurveyTable } from '../types.js';

/**
 * Calibrates a design's weights to population margins: post-stratification with one margin (one
 * variable, or a crossed one such as gender × age band: R's postStratify()), raking with several
 * (R's rake(), run to convergence rather than R's default of 10 passes or a change below 1 person).
 * With replicate weights, every replicate is calibrated to the same margins too (as R's rake() on a
 * replicate design, each to convergence), and variances come from the calibrated replicates; without, from
 * the calibration residuals (calibration-residuals.ts). Returns the calibrated design and the
 * convergence report; every mismatch between margins and sample is a located issue (match-margins.ts).
 * @example
 * const { design: calibrated, report } = calibrateDesign(table, design, { margins }); // report.converged
 */
export function calibrateDesign(
  table: SurveyTable,
  design: SurveyDesign,
  spec: CalibrationSpec,
): { design?: SurveyDesign; report?: CalibrationReport; issues: Issue[] } {
  const { tolerance = 1e-10, maxIterations = 100 } = spec;
  const { match, issues } = matchMargins(table, spec.margins);
  if (!match) return { issues };
  const method = spec.margins.length === 1 ? 'poststratify' : 'rake';
  const cells = match.cellCategory[0]!.length;
  const totals = new Float64Array(cells);
  for (let r = 0; r < design.n; r++) totals[match.cellOf[r]!]! += design.weights[r]!;
  const raked = rakeCells(totals, match.cellCategory, match.targets, { tolerance, maxIterations });
  const weights = new Float64Array(design.n);
  let population = 0;
  for (let r = 0; r < design.n; r++) population += weights[r] = design.weights[r]! * raked.factors[match.cellOf[r]!]!;
  const calibration: Calibration = {
    method, categoryOf: match.categoryOf, targets: match.targets, cellOf: match.cellOf, cellCategory: match.cellCategory,
    baseWeights: design.weights,
  };
  const replicates = design.replicates && { ...design.replicates, cellFactors: replicateCellFactors(design, match, { tolerance, maxIterations }) };
  const file = spec.margins[0]?.where?.file;
  if (!raked.converged) issues.push(warning('SURVEY_RAKE_NOT_CONVERGED', { iterations: raked.iterations, error: raked.maxMarginError, tolerance }, file ? { file } : undefined));
  const report: CalibrationReport = {
    method, margins: match.names, iterations: raked.iterations, maxRelativeChange: raked.maxRelativeChange,
    maxMarginError: raked.maxMarginError, converged: raked.converged, tolerance, population,
  };
  return { design: { ...design, weights, calibration, ...(replicates ? { replicates } : {}) }, report, issues };
}

/** Each replicate's cell factors: its weights raked to the same margins. */
function replicateCellFactors(design: SurveyDesign, match: MarginMatch, options: RakeOptions): Float64Array {
  const replicates = design.replicates!;
  const cells = match.cellCategory[0]!.length;
  const everyone = Int32Array.from({ length: design.n }, (_, r) => r);
  const groups = groupTotals(design, everyone, design.weights, match.cellOf, cells, [new Float64Array(design.n).fill(1)]);
  const out = new Float64Array(replicates.count * cells);
  const scratch = new Float64Array(design.psus.length);
  const totals = new Float64Array(cells);
  for (let k = 0; k < replicates.count; k++) {
    replicateCellTotals(design, replicates, groups, k, scratch, totals);
    out.set(rakeCells(totals, match.cellCategory, match.targets, options).factors, k * cells);
  }
  return out;
}
