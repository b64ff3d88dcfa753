import type { Issue } from '../errors/index.js';
import { InputError } from '../errors/index.js';
import { workspaceValues } from './assess.js';
import type { InputOptions } from './inputs.js';
import { loadTaskInputs } from './inputs.js';
import { plausibilityWarnings } from './plausibility.js';
import { reconciliationIssues, workspaceUnitFigures } from './responsibility.js';

/**
 * What `kepu data check` found: valid data with their warnings (of reading; of reconciliation —
 * `reconciliation` of them are member units' figures that do not reconcile with the
 * sub-regions'; and of plausibility: values that read fine but look wrong against another), or
 * every problem.
 */
export type DataCheck = { valid: true; observations: number; issues: Issue[]; reconciliation: number } | { valid: false; issues: Issue[] };

/**
 * `kepu data check`: reads the workspace's data (or the files given) and returns every problem
 * with its file, row and column, rather than stopping at the first; in a workspace, the member
 * units' figures are reconciled with the sub-regions' roll-ups too. An InputError is the answer
 * here, not a failure; anything else is thrown. Reconciliation and plausibility warnings are
 * listed after the reading warnings; they never make the data invalid.
 */
export async function checkData(options: InputOptions): Promise<DataCheck> {
  try {
    const inputs = await loadTaskInputs(options);
    const ws = inputs.workspace;
    const reconciliation = ws?.unitFigures.length ? reconciliationIssues(ws, workspaceUnitFigures(ws), workspaceValues(ws, false)) : [];
    const plausibility = plausibilityWarnings(inputs, ws?.config);
    return { valid: true, observations: (inputs.observationTable ?? inputs.observations).length, issues: [...inputs.issues, ...reconciliation, ...plausibility], reconciliation: reconciliation.length };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { valid: false, issues: [...error.issues] };
  }
}
