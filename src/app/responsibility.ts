import type { Issue } from '../errors/index.js';
import { InputError, issue } from '../errors/index.js';
import type { Coordinates } from '../data/coordinates.js';
import type { ReportingFacts } from '../evaluate/assess.js';
import type { SortedUnitFigures } from '../evaluate/reconcile.js';
import { reconcileUnitFigures, sortUnitFigures } from '../evaluate/reconcile.js';
import type { IndicatorValue } from '../indicators/types.js';
import { regionResolver } from '../data/resolve.js';
import { jurisdictionCode } from '../evaluate/evaluate.js';
import type { Indicator } from '../indicators/types.js';
import type { Responsibility } from '../plan/responsibility.js';
import { overrideResponsibilities, planResponsibilities } from '../plan/responsibility.js';
import { closest } from '../util/closest.js';
import type { Workspace } from '../workspace/load.js';
import { CONFIG_FILE } from '../workspace/load.js';

/** Input indicators a member unit can count (not survey estimates, which no unit reports). */
export function unitReportable(indicators: ReadonlyMap<string, Indicator>): Set<string> {
  return new Set([...indicators.values()].filter((i) => i.input && i.source !== 'survey').map((i) => i.id));
}

/**
 * A workspace's responsibility table: the plan's (planResponsibilities), then the config's
 * `responsibility` overrides, their indicators and regions checked (an unknown one is an
 * InputError naming the config key). Regions come out as codes.
 */
export function workspaceResponsibilities(ws: Pick<Workspace, 'plan' | 'regions' | 'indicators' | 'config'>): Responsibility[] {
  const reportable = unitReportable(ws.indicators);
  const root = jurisdictionCode(ws.plan, ws.regions);
  const table = overrideResponsibilities(planResponsibilities(ws.plan, reportable, root), ws.config.responsibility ?? {}, root);
  const regions = regionResolver(ws.regions);
  const issues = [];
  for (const r of table) {
    if (r.origin !== 'config') continue;
    const at = { file: CONFIG_FILE, path: ['responsibility', 'units', r.unit] };
    for (const id of r.indicators) {
      if (!reportable.has(id)) issues.push(issue('RESPONSIBILITY_UNKNOWN_INDICATOR', { unit: r.unit, indicator: id, suggestion: closest(id, reportable) }, { ...at, path: [...at.path, 'indicators'] }));
    }
    const code = regions.resolve(r.region);
    if (code) r.region = code;
    else issues.push(issue('RESPONSIBILITY_UNKNOWN_REGION', { unit: r.unit, region: r.region }, { ...at, path: [...at.path, 'region'] }));
  }
  if (issues.length) throw new InputError(issues);
  return table;
}

/** A workspace's unit figures sorted by duty: reconcile figures, contributions, unassigned (warnings). */
export function workspaceUnitFigures(ws: Pick<Workspace, 'plan' | 'regions' | 'indicators' | 'config' | 'unitFigures'>): SortedUnitFigures {
  if (!ws.unitFigures.length) return { reconcile: [], contributions: [], issues: [] };
  return sortUnitFigures(ws.unitFigures, workspaceResponsibilities(ws), (id) => ws.indicators.get(id)?.name.zh ?? id);
}

/** The reconciliation warnings of a workspace's unit figures against its computed values. */
export function reconciliationIssues(ws: Workspace, sorted: SortedUnitFigures, values: readonly IndicatorValue[]): Issue[] {
  if (!ws.unitFigures.length) return [];
  // Which unit figures' cells a data file observed: keys made only for the indicators units report.
  const key = (c: Coordinates) => `${c.region}|${c.year}|${c.indicator}|${c.group}`;
  const reported = new Set(ws.unitFigures.map((f) => f.indicator));
  const observed = new Set<string>();
  for (const o of ws.observations) if (reported.has(o.indicator)) observed.add(key(o));
  return reconcileUnitFigures({
    sorted, values,
    observed: (f) => observed.has(key(f)),
    names: (id) => ws.indicators.get(id)?.name.zh ?? id,
    regionName: (code) => ws.regions.byCode.get(code)?.name ?? code,
  });
}

/** What the assessment keeps of reporting: the duties, the figures received, the reconciliation warnings. */
export function reportingFacts(ws: Workspace, values: readonly IndicatorValue[]): ReportingFacts {
  const duties = workspaceResponsibilities(ws);
  const issues = reconciliationIssues(ws, workspaceUnitFigures(ws), values);
  return {
    duties,
    received: ws.unitFigures.map((f) => ({ unit: f.unit, indicator: f.indicator, year: f.year })),
    unreconciled: issues.map((i) => {
      const args = i.args as { unit?: string; year?: number };
      return { code: i.code, unit: args.unit ?? '', year: args.year ?? null };
    }),
  };
}
