// The design step's entry point: the design from the columns (build-design.ts), then replicate
// weights, then calibration. estimate() calls this, not the steps.
import type { Issue } from '../errors/index.js';
import { calibrateDesign } from './calibration/calibrate.js';
import { buildDesign } from './build-design.js';
import { replicateWeights } from './variance/replicate-weights.js';
import type { CalibrationReport, CalibrationSpec, DesignSpec, ReplicateSpec, SurveyDesign, SurveyTable } from './types.js';

/** Everything that decides the weights and the variance method. */
export interface SurveyDesignOptions {
  /** The sampling design. Default: {} (equal weights, simple random sample). */
  design?: DesignSpec;
  /** Calibrate the weights to population margins. Default: none. */
  calibration?: CalibrationSpec;
  /** Variances from replicate weights instead of Taylor linearisation. Default: none (linearisation). */
  replicates?: ReplicateSpec;
}

/**
 * The design in three steps: build it from the columns (build-design.ts), make replicate weights from its
 * PSUs (replicate-weights.ts), then calibrate the weights, and the replicates with them (calibrate.ts).
 * Returns every problem at once; no design when there is an error.
 * @example
 * const { design, calibration } = surveyDesign(table, { design: spec, calibration: { margins }, replicates: { method: 'jkn' } });
 */
export function surveyDesign(
  table: SurveyTable,
  options: SurveyDesignOptions = {},
): { design?: SurveyDesign; calibration?: CalibrationReport; issues: Issue[] } {
  const built = buildDesign(table, options.design);
  const issues = [...built.issues];
  let design = built.design;
  if (!design) return { issues };
  if (options.replicates) {
    const made = replicateWeights(design, options.replicates);
    issues.push(...made.issues);
    if (!made.replicates) return { issues };
    design = { ...design, replicates: made.replicates };
  }
  if (!options.calibration) return { design, issues };
  const calibrated = calibrateDesign(table, design, options.calibration);
  issues.push(...calibrated.issues);
  return calibrated.design ? { design: calibrated.design, calibration: calibrated.report, issues } : { issues };
}
