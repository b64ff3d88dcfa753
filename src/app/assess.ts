import { InputError } from '../errors/index.js';
import type { Assessment } from '../evaluate/assess.js';
import { assess } from '../evaluate/assess.js';
import type { IndicatorValue, SeriesOf } from '../indicators/types.js';
import type { SeriesOptions } from '../indicators/compute.js';
import { computeIndicatorSeries, computeIndicatorValues } from '../indicators/compute.js';
import type { Workspace } from '../workspace/load.js';
import type { SettingsOptions } from './settings.js';
import { reportingFacts, workspaceUnitFigures } from './responsibility.js';
import { resolveSettings } from './settings.js';
import { workspaceSmallArea } from './small-area.js';

export interface AssessWorkspaceOptions extends SettingsOptions {
  /**
   * Compute the trend columns (change, growth, rank …) of the values. Default: true. The
   * evaluation reads none of them; a report's tables do.
   */
  trends?: boolean;
}

/**
 * Computes the indicators of a loaded workspace and evaluates them for a year: the whole
 * assessment (evaluation rows, imbalance, tasks) that charts and reports read. The year and
 * method it used are the assessment's `year` and `method`.
 * @example
 * const assessment = assessWorkspace(await loadWorkspace('data/samples/liaocheng'), { year: 2024 });
 */
export function assessWorkspace(ws: Workspace, options: AssessWorkspaceOptions = {}): Assessment {
  const settings = resolveSettings(ws, options);
  const values = workspaceValues(ws, options.trends ?? true);
  const smallArea = ws.config.small_area ? workspaceSmallArea(ws, settings.year, workspaceSeries(ws)) : undefined;
  return assess({
    plan: ws.plan, regions: ws.regions, indicators: ws.indicators, values, taskReports: ws.taskReports, judgements: ws.judgements,
    year: settings.year, method: settings.method, thresholds: settings.thresholds, reporting: reportingFacts(ws, values), smallArea,
  });
}

/** Every indicator value of a workspace, rolled up and derived; a formula's problem is an InputError. */
export function workspaceValues(ws: Workspace, trends: boolean): IndicatorValue[] {
  // Units' own work (relation: contribution) adds to the roll-ups; their whole-region figures never replace one.
  const contributions = workspaceUnitFigures(ws).contributions;
  const { values, issues } = computeIndicatorValues({ regions: ws.regions, observations: ws.observationTable ?? ws.observations, indicators: ws.indicators, periodStart: ws.plan.period.start, trends, contributions });
  if (issues.length) throw new InputError(issues);
  return values;
}

/**
 * The group-total values of a region and indicator, made when asked for (what the evaluation
 * reads); a formula's problem is an InputError. `only`: compute just these indicators (and what
 * they are computed from).
 */
export function workspaceSeries(ws: Workspace, options: SeriesOptions = {}): SeriesOf {
  const { series, issues } = computeIndicatorSeries({ regions: ws.regions, observations: ws.observationTable ?? ws.observations, indicators: ws.indicators, periodStart: ws.plan.period.start }, options);
  if (issues.length) throw new InputError(issues);
  return series;
}
