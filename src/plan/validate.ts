import type { Issue, Where } from '../errors/index.js';
import { issue } from '../errors/index.js';
import { closest } from '../util/closest.js';
import type { PlanInput } from './schema.js';

export interface ValidatePlanOptions {
  /** Indicator ids that targets may name; when absent, indicator ids are not checked. */
  indicatorIds?: ReadonlySet<string>;
  /** The expected plan id (the file name without .yaml); when given, a mismatch is reported. */
  expectedId?: string;
}

type Path = (string | number)[];

/**
 * Checks what the schema cannot: ids unique, target years inside the period, quantitative
 * targets complete, indicators and actions that exist, every measure with a lead unit (or the
 * plan's words for its absence, `assignment: 未列明`), every unit in the units list. Returns every problem found, each located by `locate`.
 */
export function validatePlan(plan: PlanInput, locate: (path: Path) => Where, options: ValidatePlanOptions = {}): Issue[] {
  const issues: Issue[] = [];
  const at = (path: Path) => locate(path);
  const { start, end } = plan.period;

  if (options.expectedId !== undefined && plan.id !== options.expectedId) {
    issues.push(issue('PLAN_ID_MISMATCH', { id: plan.id, expected: options.expectedId }, at(['id'])));
  }
  if (end < start) {
    issues.push(issue('SCHEMA_INVALID', { detail: 'period.end is before period.start', got: plan.period }, at(['period'])));
  }

  duplicates(plan.targets.map((t) => t.id), 'target', ['targets'], at, issues);
  duplicates(plan.actions.map((a) => a.id), 'action', ['actions'], at, issues);
  const unitSpellings = plan.units.flatMap((u, i) => [
    { name: u.name, path: ['units', i, 'name'] as Path },
    ...(u.aliases ?? []).map((a, k) => ({ name: a, path: ['units', i, 'aliases', k] as Path })),
  ]);
  duplicates(unitSpellings.map((u) => u.name), 'unit', [], (p) => at(unitSpellings[p[0] as number]!.path), issues, true);

  const actionIds = new Set(plan.actions.map((a) => a.id));
  plan.targets.forEach((t, i) => {
    const path: Path = ['targets', i];
    if (t.year < start || t.year > end) {
      issues.push(issue('PLAN_TARGET_YEAR_OUTSIDE_PERIOD', { year: t.year, start, end }, at([...path, 'year'])));
    }
    if (t.baseline && t.baseline.year >= t.year) {
      issues.push(issue('PLAN_BASELINE_NOT_BEFORE_TARGET', { baseline: t.baseline.year, target: t.year }, at([...path, 'baseline', 'year'])));
    }
    if (t.kind !== 'qualitative') {
      for (const field of ['indicator', 'comparator', 'value', 'unit'] as const) {
        if (t[field] === undefined) issues.push(issue('PLAN_TARGET_INCOMPLETE', { field, kind: t.kind }, at([...path, field])));
      }
    }
    if (t.share !== undefined && t.kind !== 'per_subregion') {
      issues.push(issue('SCHEMA_INVALID', { detail: 'share applies only to per_subregion targets', got: t.share }, at([...path, 'share'])));
    }
    if (t.indicator !== undefined && options.indicatorIds && !options.indicatorIds.has(t.indicator)) {
      issues.push(issue('PLAN_UNKNOWN_INDICATOR', { indicator: t.indicator, suggestion: closest(t.indicator, options.indicatorIds) }, at([...path, 'indicator'])));
    }
    if (t.action !== undefined && !actionIds.has(t.action)) {
      issues.push(issue('PLAN_UNKNOWN_ACTION', { action: t.action }, at([...path, 'action'])));
    }
  });

  const known = new Set(unitSpellings.map((u) => u.name));
  const checkUnits = (names: readonly string[] | undefined, path: Path) =>
    (names ?? []).forEach((name, k) => {
      if (!known.has(name.trim())) issues.push(issue('PLAN_UNKNOWN_UNIT', { unit: name }, at([...path, k])));
    });

  plan.actions.forEach((a, i) => {
    const path: Path = ['actions', i];
    (a.covers ?? []).forEach((id, k) => {
      if (!actionIds.has(id) || id === a.id) issues.push(issue('PLAN_UNKNOWN_ACTION', { action: id }, at([...path, 'covers', k])));
    });
    checkUnits(a.lead, [...path, 'lead']);
    checkUnits(a.responsible, [...path, 'responsible']);
    // A plan that names no lead unit says so in `assignment` (未列明): that is recorded, never filled in.
    const actionHasLead = (a.lead ?? []).length > 0 || a.assignment !== undefined;
    const measures = a.measures ?? [];
    if (!actionHasLead && measures.length === 0) {
      issues.push(issue('PLAN_MISSING_LEAD_UNIT', { item: a.title }, at([...path, 'lead'])));
    }
    measures.forEach((m, k) => {
      checkUnits(m.lead, [...path, 'measures', k, 'lead']);
      checkUnits(m.responsible, [...path, 'measures', k, 'responsible']);
      if (!actionHasLead && (m.lead ?? []).length === 0 && m.assignment === undefined) {
        issues.push(issue('PLAN_MISSING_LEAD_UNIT', { item: `${a.title} / ${m.title}` }, at([...path, 'measures', k, 'lead'])));
      }
    });
  });

  (plan.milestones ?? []).forEach((m, i) => {
    if (Array.isArray(m.years) && m.years[1] < m.years[0]) {
      issues.push(issue('SCHEMA_INVALID', { detail: 'milestone years run backwards', got: m.years }, at(['milestones', i, 'years'])));
    }
  });
  return issues;
}

function duplicates(
  ids: readonly string[],
  kind: 'target' | 'action' | 'unit',
  base: Path,
  at: (path: Path) => Where,
  issues: Issue[],
  flat = false,
): void {
  const first = new Map<string, number>();
  ids.forEach((id, i) => {
    const path = flat ? [i] : [...base, i, 'id'];
    const seen = first.get(id);
    if (seen === undefined) first.set(id, i);
    else {
      const firstPath = flat ? [seen] : [...base, seen, 'id'];
      issues.push(issue('PLAN_DUPLICATE_ID', { kind, id, firstLine: at(firstPath).line }, at(path)));
    }
  });
}
