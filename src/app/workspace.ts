import { InputError } from '../errors/index.js';
import type { LoadWorkspaceDataOptions, Workspace } from '../workspace/load.js';
import { readWorkspace } from '../workspace/load.js';
import { extend } from '../util/extend.js';
import { lap } from '../util/timing.js';
import { mergeSurveyObservations, surveyValues } from './survey-values.js';

/**
 * A workspace as every task uses it: the folder read (workspace/load.ts), then the design-based
 * estimates of its `survey:` files joined to the observations (a data value for the same cell is
 * an error unless the entry says replaces_data).
 * @example
 * const ws = await loadWorkspace('data/samples/liaocheng');
 */
export async function loadWorkspace(dir: string, options: LoadWorkspaceDataOptions = {}): Promise<Workspace> {
  const ws = await readWorkspace(dir, options);
  if (!ws.surveys.length) return ws;
  const survey = surveyValues(ws.surveys, ws.regions, ws.dir);
  const merged = mergeSurveyObservations(ws.observations, survey, (code) => ws.regions.byCode.get(code)?.name ?? code);
  if (merged.issues.some((i) => i.severity === 'error')) throw new InputError([...survey.issues, ...merged.issues]);
  lap('survey estimates');
  return extend(ws, { observations: merged.observations, observationTable: undefined, issues: [...ws.issues, ...survey.issues, ...merged.issues] });
}
