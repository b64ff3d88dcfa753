import type { Issue } from '../errors/index.js';
import type { Comparison } from '../evaluate/compare.js';
import { comparedRows } from '../evaluate/compare.js';
import { evaluate } from '../evaluate/evaluate.js';
import { evaluationTable } from '../export/evaluation-table.js';
import { toParquet } from '../export/parquet.js';
import type { EvaluationRow } from '../evaluate/types.js';
import type { Workspace } from '../workspace/load.js';
import { workspaceSeries } from './assess.js';
import { compareWithFile, evaluationInput } from './compare.js';
import type { Settings, SettingsOptions } from './settings.js';
import { resolveSettings } from './settings.js';
import { smallAreaIndicators, workspaceSmallArea } from './small-area.js';
import { loadWorkspace } from './workspace.js';
import { lap } from '../util/timing.js';

/**
 * The evaluation table alone (`kepu evaluate`): one row per target and region, without the
 * trend columns, imbalance or tasks that only reports read — at national scale they cost more
 * than the evaluation itself. Returns the settings it used beside the rows.
 */
export function evaluateWorkspace(ws: Workspace, options: SettingsOptions & { compare?: string } = {}): { rows: EvaluationRow[]; settings: Settings; comparison?: Comparison } {
  const settings = resolveSettings(ws, options);
  // Only what the targets and the small-area model read is computed (the synthetic national plan:
  // 9 indicators of 32); the comparison re-evaluates the same targets.
  const targeted = ws.plan.targets.flatMap((t) => (t.indicator === undefined ? [] : [t.indicator]));
  const series = workspaceSeries(ws, { only: [...targeted, ...smallAreaIndicators(ws)] });
  lap('indicators');
  const input = { ...evaluationInput(ws, settings, { series }), smallArea: workspaceSmallArea(ws, settings.year, series) };
  const rows = evaluate(input);
  lap('evaluation');
  if (options.compare === undefined) return { rows, settings };
  return { rows, settings, comparison: compareWithFile(options.compare, input, rows) };
}

export interface EvaluateProgressOptions extends SettingsOptions {
  /** Workspace folder (or a folder inside it). */
  workspace: string;
  /** Only this region's rows (code or name). Default: every region. */
  region?: string;
  /** Skip rows with errors instead of refusing the data. Default: false. */
  allowPartial?: boolean;
  /**
   * An earlier evaluation's JSON (the midterm's, `kepu evaluate --format json`) to compare with:
   * each row gets its previous status and value and the causes of a change (evaluate/compare.ts).
   * Default: none.
   */
  compare?: string;
}

/**
 * `kepu evaluate`: loads the workspace and evaluates every target in the year. Returns the rows
 * (of one region when asked), the settings used, the workspace and its loading warnings.
 */
export async function evaluateProgress(options: EvaluateProgressOptions): Promise<{ rows: EvaluationRow[]; settings: Settings; workspace: Workspace; issues: Issue[]; comparison?: Comparison }> {
  const workspace = await loadWorkspace(options.workspace, { allowPartial: options.allowPartial });
  const { rows, settings, comparison } = evaluateWorkspace(workspace, options);
  const mine = (r: { region: string; region_name?: string }) => !options.region || r.region === options.region || r.region_name === options.region;
  const shown = rows.filter(mine);
  // With --compare, each row carries the comparison's fields after its own (comparedRows).
  return { rows: comparison ? comparedRows(shown, comparison) : shown, settings, workspace, issues: workspace.issues, comparison };
}

/**
 * `kepu evaluate --format parquet`: evaluation rows as a Parquet file of schema
 * kepu-evaluation/2 (src/export/evaluation-table.ts, docs/scale.md).
 */
export function evaluationParquet(rows: readonly EvaluationRow[]): Promise<Uint8Array> {
  return toParquet(evaluationTable(rows));
}
