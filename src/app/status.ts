import type { Assessment } from '../evaluate/assess.js';
import type { StatusReason } from '../evaluate/types.js';
import type { Workspace } from '../workspace/load.js';
import { assessWorkspace } from './assess.js';
import type { Settings, SettingsOptions } from './settings.js';
import { resolveSettings } from './settings.js';
import { loadWorkspace } from './workspace.js';

/** What one region has reported for a year, against the fields the plan's targets need. */
export interface RegionStatus {
  region: string;
  name: string;
  reported: string[];
  missing: string[];
}

/** What a workspace has and lacks for a year (`kepu status`). */
export interface WorkspaceStatus {
  year: number;
  files: number;
  observations: number;
  /** The input fields the plan's targets need (directly or through formulas). */
  needed: string[];
  regions: RegionStatus[];
  /** Targets that cannot be evaluated yet, and why. */
  blocked: { target: string; indicator: string | null; reason: StatusReason | null }[];
}

/** Compares what was reported with what the targets need. Pure over a loaded workspace and its assessment. */
export function workspaceStatus(ws: Workspace, a: Assessment): WorkspaceStatus {
  const inputs = new Set<string>();
  const need = (id: string, seen = new Set<string>()) => {
    if (seen.has(id)) return;
    seen.add(id);
    const ind = ws.indicators.get(id);
    if (!ind) return;
    if (ind.input) inputs.add(id);
    for (const m of (ind.formula ?? '').matchAll(/d\.([a-z][a-z0-9_]*)/g)) need(m[1]!, seen);
    if (ind.weight) need(ind.weight, seen);
  };
  for (const t of ws.plan.targets) if (t.indicator && t.kind !== 'qualitative') need(t.indicator);
  const needed = [...inputs].sort();
  const leaves = ws.regions.list.filter((r) => !ws.regions.children.has(r.code));
  const regions = leaves.map((r) => {
    const reported = [...new Set(ws.observations.filter((o) => o.region === r.code && o.year === a.year).map((o) => o.indicator))].sort();
    return { region: r.code, name: r.name, reported, missing: needed.filter((f) => !reported.includes(f)) };
  });
  return {
    year: a.year,
    files: new Set(ws.observations.map((o) => o.file)).size,
    observations: ws.observations.filter((o) => o.year === a.year).length,
    needed,
    regions,
    blocked: a.rows.filter((r) => r.role === 'target' && r.status === 'not_assessable').map((r) => ({ target: r.target_id, indicator: r.indicator, reason: r.status_reason })),
  };
}

export interface StatusOptions extends SettingsOptions {
  /** Workspace folder (or a folder inside it). */
  workspace: string;
}

/**
 * `kepu status`: loads a workspace (bad rows skipped and counted, so a half-filled workspace can
 * still be looked at) and says what it has and lacks for the year.
 */
export async function reportingStatus(options: StatusOptions): Promise<{ status: WorkspaceStatus; workspace: Workspace; settings: Settings }> {
  const workspace = await loadWorkspace(options.workspace, { allowPartial: true });
  const settings = resolveSettings(workspace, options);
  const status = workspaceStatus(workspace, assessWorkspace(workspace, settings));
  return { status, workspace, settings };
}
