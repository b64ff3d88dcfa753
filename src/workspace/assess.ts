import { InputError } from '../errors/index.js';
import type { Assessment } from '../evaluate/assess.js';
import { assess } from '../evaluate/assess.js';
import type { MethodName } from '../evaluate/types.js';
import { computeIndicatorValues } from '../indicators/compute.js';
import type { Workspace } from './load.js';

export interface AssessWorkspaceOptions {
  /** Evaluation year. Default: the config's, else the latest year with data. */
  year?: number;
  /** Progress method. Default: the config's, else schedule. */
  method?: MethodName;
}

/** Computes the indicators of a loaded workspace and evaluates them for a year. */
export function assessWorkspace(ws: Workspace, options: AssessWorkspaceOptions = {}): Assessment {
  const { values, issues } = computeIndicatorValues({ regions: ws.regions, observations: ws.observations, indicators: ws.indicators, periodStart: ws.plan.period.start });
  if (issues.length) throw new InputError(issues);
  const year = evaluationYear(ws, options.year);
  return assess({
    plan: ws.plan, regions: ws.regions, indicators: ws.indicators, values, taskReports: ws.taskReports, year,
    method: options.method ?? ws.config.evaluation?.method,
    thresholds: ws.config.evaluation?.thresholds as never,
  });
}

/**
 * The year to evaluate: the one asked for, else the config's, else the latest year with data
 * (not before the plan's first year). A loop, not Math.max(...years): a national workspace has
 * over a million observations, more arguments than a call can take.
 */
export function evaluationYear(ws: Pick<Workspace, 'config' | 'plan' | 'observations'>, year?: number): number {
  if (year !== undefined) return year;
  if (ws.config.evaluation?.year !== undefined) return ws.config.evaluation.year;
  let latest = ws.plan.period.start;
  for (const o of ws.observations) if (o.year > latest) latest = o.year;
  return latest;
}
