import type { Comparison } from '../evaluate/compare.js';
import { compareWithPrevious } from '../evaluate/compare.js';
import type { EvaluateInput } from '../evaluate/evaluate.js';
import { loadPreviousEvaluation } from '../evaluate/load-previous.js';
import type { EvaluationRow } from '../evaluate/types.js';
import type { IndicatorValue, SeriesOf } from '../indicators/types.js';
import type { Workspace } from '../workspace/load.js';
import type { Settings } from './settings.js';

/** The current evaluation's data: the workspace's values (a report's assessment), or its series made when asked (`kepu evaluate`). */
export type EvaluationData = { values: readonly IndicatorValue[] } | { series: SeriesOf };

/** What `evaluate` runs on for a loaded workspace with its settings: the one input the current evaluation and the comparison share. */
export function evaluationInput(ws: Workspace, settings: Settings, data: EvaluationData): EvaluateInput {
  return {
    plan: ws.plan, values: 'values' in data ? data.values : [], series: 'series' in data ? data.series : undefined,
    indicators: ws.indicators, regions: ws.regions, year: settings.year, method: settings.method, thresholds: settings.thresholds, judgements: ws.judgements,
  };
}

/**
 * `--compare <file>`: reads the earlier evaluation (the midterm's JSON, checked against the plan
 * and the year) and compares the current rows with it, re-evaluating the workspace's data at the
 * earlier year (evaluate/compare.ts).
 * @example
 * const comparison = compareWithFile('midterm_2023.json', evaluationInput(ws, settings, { values }), rows);
 */
export function compareWithFile(file: string, input: EvaluateInput, rows: readonly EvaluationRow[]): Comparison {
  const previous = loadPreviousEvaluation(file, { plan: input.plan, year: input.year });
  return compareWithPrevious(input, previous, rows);
}
