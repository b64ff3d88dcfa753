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

/**
 * What the headline survey share (公民具备科学素质的比例) lacks for its target to be assessed, each
 * gap typed (the CLI words it): no source at all (neither a survey file under `survey:` nor
 * published shares in the data), no value for the baseline year, no value after it up to the
 * year, values without standard errors (a change cannot then be told from sampling error).
 */
export type HeadlineGap =
  | { code: 'no_source' }
  | { code: 'no_baseline'; year: number }
  | { code: 'no_value'; since: number; year: number }
  | { code: 'no_standard_error'; years: number[] };

/** The headline target's survey share in the jurisdiction: what there is, and what is missing. */
export interface HeadlineStatus {
  target: string;
  indicator: string;
  region: string;
  baselineYear: number;
  /** The baseline value: the plan's, else the data's for the baseline year. */
  baseline: { value: number; se: number | null; from: 'plan' | 'data' } | null;
  /** The latest value after the baseline year, up to the year. */
  latest: { year: number; value: number; se: number | null } | null;
  /** Whether the workspace names a respondent file (`survey:`). */
  survey: boolean;
  missing: HeadlineGap[];
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
  /** The headline survey share, when a quantitative target rests on one. */
  headline: HeadlineStatus | null;
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
    headline: headlineStatus(ws, a),
  };
}

/**
 * The first quantitative target on a survey share (the literacy share, the only quantitative
 * target of several plans), in the jurisdiction: its baseline (the plan's, else the data's for the
 * year before the plan period), its latest value, and what is missing, each gap named.
 */
export function headlineStatus(ws: Workspace, a: Assessment): HeadlineStatus | null {
  const target = ws.plan.targets.find((t) => t.kind !== 'qualitative' && t.indicator && ws.indicators.get(t.indicator)?.source === 'survey');
  if (!target) return null;
  const indicator = target.indicator!;
  const baselineYear = target.baseline?.year ?? ws.plan.period.start - 1;
  const values = a.values.filter((v) => v.region === a.root && v.indicator === indicator && v.group === 'total' && v.value !== null);
  const at = values.find((v) => v.year === baselineYear);
  const baseline = target.baseline ? { value: target.baseline.value, se: at?.se ?? null, from: 'plan' as const } : at ? { value: at.value!, se: at.se, from: 'data' as const } : null;
  const after = values.filter((v) => v.year > baselineYear && v.year <= a.year).sort((x, y) => x.year - y.year).at(-1);
  const latest = after ? { year: after.year, value: after.value!, se: after.se } : null;
  const survey = ws.config.survey !== undefined;
  const missing: HeadlineGap[] = [];
  if (!survey && !ws.observations.some((o) => o.indicator === indicator)) missing.push({ code: 'no_source' });
  if (!baseline) missing.push({ code: 'no_baseline', year: baselineYear });
  if (!latest) missing.push({ code: 'no_value', since: baselineYear, year: a.year });
  const withoutSe = [...(baseline && baseline.se === null ? [baselineYear] : []), ...(latest && latest.se === null ? [latest.year] : [])];
  if (withoutSe.length) missing.push({ code: 'no_standard_error', years: withoutSe });
  return { target: target.id, indicator, region: a.root, baselineYear, baseline, latest, survey, missing };
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
