import type { Issue } from '../errors/index.js';
import { InputError } from '../errors/index.js';
import type { InputOptions } from './inputs.js';
import { loadTaskInputs } from './inputs.js';
import { plausibilityWarnings } from './plausibility.js';

/**
 * What `kepu data check` found: valid data with their warnings (of reading, and of plausibility:
 * values that read fine but look wrong against another), or every problem.
 */
export type DataCheck = { valid: true; observations: number; issues: Issue[] } | { valid: false; issues: Issue[] };

/**
 * `kepu data check`: reads the workspace's data (or the files given) and returns every problem
 * with its file, row and column, rather than stopping at the first. An InputError is the answer
 * here, not a failure; anything else is thrown. Plausibility warnings are listed after the
 * reading warnings; they never make the data invalid.
 */
export async function checkData(options: InputOptions): Promise<DataCheck> {
  try {
    const inputs = await loadTaskInputs(options);
    return { valid: true, observations: inputs.observations.length, issues: [...inputs.issues, ...plausibilityWarnings(inputs, inputs.workspace?.config)] };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { valid: false, issues: [...error.issues] };
  }
}
