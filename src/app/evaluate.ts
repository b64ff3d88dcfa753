import type { Issue } from '../errors/index.js';
import { evaluate } from '../evaluate/evaluate.js';
import { evaluationTable } from '../export/evaluation-table.js';
import { toParquet } from '../export/parquet.js';
import type { EvaluationRow } from '../evaluate/types.js';
import type { Workspace } from '../workspace/load.js';
import { workspaceSeries } from './assess.js';
import type { Settings, SettingsOptions } from './settings.js';
import { resolveSettings } from './settings.js';
import { workspaceSmallArea } from './small-area.js';
import { loadWorkspace } from './workspace.js';

/**
 * The evaluation table alone (`kepu evaluate`): one row per target and region, without the
 * trend columns, imbalance or tasks that only reports read — at national scale they cost more
 * than the evaluation itself. Returns the settings it used beside the rows.
 */
export function evaluateWorkspace(ws: Workspace, options: SettingsOptions = {}): { rows: EvaluationRow[]; settings: Settings } {
  const settings = resolveSettings(ws, options);
  const series = workspaceSeries(ws);
  const rows = evaluate({
    plan: ws.plan, values: [], series, indicators: ws.indicators, regions: ws.regions,
    year: settings.year, method: settings.method, thresholds: settings.thresholds, judgements: ws.judgements,
    smallArea: workspaceSmallArea(ws, settings.year, series),
  });
  return { rows, settings };
}

export interface EvaluateProgressOptions extends SettingsOptions {
  /** Workspace folder (or a folder inside it). */
  workspace: string;
  /** Only this region's rows (code or name). Default: every region. */
  region?: string;
  /** Skip rows with errors instead of refusing the data. Default: false. */
  allowPartial?: boolean;
}

/**
 * `kepu evaluate`: loads the workspace and evaluates every target in the year. Returns the rows
 * (of one region when asked), the settings used, the workspace and its loading warnings.
 */
export async function evaluateProgress(options: EvaluateProgressOptions): Promise<{ rows: EvaluationRow[]; settings: Settings; workspace: Workspace; issues: Issue[] }> {
  const workspace = await loadWorkspace(options.workspace, { allowPartial: options.allowPartial });
  const { rows, settings } = evaluateWorkspace(workspace, options);
  const shown = options.region ? rows.filter((r) => r.region === options.region || r.region_name === options.region) : rows;
  return { rows: shown, settings, workspace, issues: workspace.issues };
}

/**
 * `kepu evaluate --format parquet`: evaluation rows as a Parquet file of schema
 * kepu-evaluation/2 (src/export/evaluation-table.ts, docs/scale.md).
 */
export function evaluationParquet(rows: readonly EvaluationRow[]): Promise<Uint8Array> {
  return toParquet(evaluationTable(rows));
}
