import type { Action, Plan } from './types.js';
import { actionIndicators } from './action-indicators.js';

/**
 * How a member unit's figure for a region relates to the figures of that region's sub-regions:
 * - reconcile: it is the region's whole figure as the unit counts it (全市合计), which must agree
 *   with the sum of the sub-regions within a tolerance; it is a check, never the value assessed;
 * - contribution: it is the unit's own work at that level (市本级), not in any sub-region's
 *   figure, and adds to their sum.
 */
export type UnitRelation = 'reconcile' | 'contribution';

/** One member unit's reporting duty (填报责任): what it reports, for which region, and how it counts. */
export interface Responsibility {
  /** The unit, as the plan names it. */
  unit: string;
  /** Input indicator ids the unit reports. */
  indicators: string[];
  /** Region code its figures are for: the plan's jurisdiction unless the workspace says otherwise. */
  region: string;
  relation: UnitRelation;
  /** reconcile: the largest relative difference from the sub-regions' sum that is not a warning (0.05 = 5%). */
  tolerance: number;
  /** Where the duty comes from: the plan's lead units, or the workspace's config. */
  origin: 'plan' | 'config';
}

/** Relative difference a reconcile figure may have from the sub-regions' sum without a warning. */
export const DEFAULT_TOLERANCE = 0.05;

/**
 * The units that report for an action: its lead units when the action names them, else the
 * units that lead at least half of its measures. A unit that co-leads one measure of six is not
 * asked for the action's figures (the plan lists up to fifteen units on a measure, and asking
 * each of them for the city's teacher-training count is how one figure came back nine ways).
 */
export function reportingUnits(action: Action): string[] {
  if (action.lead.length) return action.lead;
  const count = new Map<string, number>();
  for (const m of action.measures) for (const u of new Set(m.lead)) count.set(u, (count.get(u) ?? 0) + 1);
  return [...count].filter(([, n]) => n * 2 >= action.measures.length).map(([u]) => u);
}

/**
 * The responsibility table the plan implies: each reporting unit of an action reports the
 * action's input indicators (those a unit can count: `reportable`) for the jurisdiction, as a
 * figure to reconcile with the sub-regions' sum. Reconcile is the default because a wrong
 * guess then costs a warning, whereas a wrong "contribution" would change the assessed total.
 * Units in the plan's order of first appearance; indicators in the actions' order. Pure.
 */
export function planResponsibilities(plan: Plan, reportable: ReadonlySet<string>, jurisdiction: string): Responsibility[] {
  const byUnit = new Map<string, string[]>();
  for (const action of plan.actions) {
    const ids = actionIndicators(plan, action).filter((id) => reportable.has(id));
    if (!ids.length) continue;
    for (const unit of reportingUnits(action)) {
      const list = byUnit.get(unit) ?? [];
      for (const id of ids) if (!list.includes(id)) list.push(id);
      byUnit.set(unit, list);
    }
  }
  return [...byUnit].map(([unit, indicators]) => ({ unit, indicators, region: jurisdiction, relation: 'reconcile', tolerance: DEFAULT_TOLERANCE, origin: 'plan' }));
}

/** A workspace's change to one unit's duty: false asks it for nothing; omitted keys keep the plan's. */
export type ResponsibilityOverride = false | { indicators?: string[]; relation?: UnitRelation; tolerance?: number; region?: string };

/**
 * Applies the workspace's overrides to the plan's table: a unit set to false is dropped, a named
 * unit's keys replace the plan's, a unit the plan does not name is added (its indicators are then
 * required). `tolerance` is the workspace-wide default for units that give none. Pure.
 */
export function overrideResponsibilities(
  table: readonly Responsibility[],
  overrides: { tolerance?: number; units?: Readonly<Record<string, ResponsibilityOverride>> },
  jurisdiction: string,
): Responsibility[] {
  const out = table.map((r) => ({ ...r, tolerance: overrides.tolerance ?? r.tolerance }));
  for (const [unit, o] of Object.entries(overrides.units ?? {})) {
    const at = out.findIndex((r) => r.unit === unit);
    if (o === false) {
      if (at >= 0) out.splice(at, 1);
      continue;
    }
    const base: Responsibility = at >= 0 ? out[at]! : { unit, indicators: [], region: jurisdiction, relation: 'reconcile', tolerance: overrides.tolerance ?? DEFAULT_TOLERANCE, origin: 'config' };
    const next: Responsibility = {
      ...base,
      indicators: o.indicators ?? base.indicators,
      relation: o.relation ?? base.relation,
      tolerance: o.tolerance ?? base.tolerance,
      region: o.region ?? base.region,
      origin: 'config',
    };
    if (at >= 0) out[at] = next;
    else out.push(next);
  }
  return out.filter((r) => r.indicators.length > 0);
}
