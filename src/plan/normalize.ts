import { documentName, documentShortName, draftStatus, subregionWord } from './document-name.js';
import type { ActionInput, PlanInput, TargetInput } from './schema.js';
import type { Action, Comparator, Plan, Target, TargetScope, Unit } from './types.js';

/**
 * Turns a validated plan file into the canonical Plan: short forms expanded (scope, milestone
 * years, ≥), unit spellings mapped to their normalised names, lead units inherited by measures.
 * Nothing downstream re-checks shapes.
 */
export function normalizePlan(input: PlanInput): Plan {
  const units: Unit[] = input.units.map((u) => ({ name: u.name, en: u.en, aliases: u.aliases ?? [] }));
  const canonical = unitResolver(units);
  const names = (list: readonly string[] | undefined) => (list ?? []).map((n) => canonical(n) ?? n);
  return {
    id: input.id,
    jurisdiction: input.jurisdiction,
    title: input.title,
    kind: input.kind,
    documentName: documentName(input.title, input.kind, input.document_name),
    documentShortName: documentShortName(input.kind),
    draft: input.draft !== undefined && input.draft !== false,
    draftStatus: draftStatus(input.draft),
    subregions: subregionWord(input.jurisdiction.level, input.jurisdiction.name.zh, input.subregions),
    documentNumber: input.document_number,
    issuer: input.issuer,
    issued: input.issued,
    period: input.period,
    implements: (input.implements ?? []).map((p) => ({ title: p.title, documentNumber: p.document_number })),
    source: input.source,
    units,
    targets: input.targets.map(normalizeTarget),
    actions: input.actions.map((a) => normalizeAction(a, names)),
    milestones: (input.milestones ?? []).map((m) => {
      const [start, end] = Array.isArray(m.years) ? m.years : [m.years, m.years];
      return { start, end, stage: m.stage, title: m.title, description: m.description };
    }),
  };
}

/** Maps any spelling of a unit (name or alias) to its normalised name. */
export function unitResolver(units: readonly Unit[]): (name: string) => string | undefined {
  const map = new Map<string, string>();
  for (const u of units) {
    map.set(u.name, u.name);
    for (const alias of u.aliases) map.set(alias, u.name);
  }
  return (name) => map.get(name.trim());
}

export function normalizeComparator(c: string): Comparator {
  return c === '≥' ? '>=' : c === '≤' ? '<=' : (c as Comparator);
}

function normalizeScope(target: TargetInput): TargetScope {
  const { scope } = target;
  if (scope === undefined) return { type: target.kind === 'per_subregion' ? 'each_subregion' : 'jurisdiction' };
  if (typeof scope === 'string') return { type: scope };
  return { type: 'region', region: scope.region };
}

function normalizeTarget(t: TargetInput): Target {
  return {
    id: t.id,
    indicator: t.indicator,
    kind: t.kind,
    scope: normalizeScope(t),
    comparator: t.comparator === undefined ? undefined : normalizeComparator(t.comparator),
    value: t.value,
    unit: t.unit,
    year: t.year,
    baseline: t.baseline,
    share: t.share ?? 1,
    action: t.action,
    description: t.description,
    quote: t.quote,
    note: t.note,
  };
}

function normalizeAction(a: ActionInput, names: (list: readonly string[] | undefined) => string[]): Action {
  const lead = names(a.lead);
  return {
    id: a.id,
    group: a.group,
    number: a.number,
    title: a.title,
    titleEn: a.title_en,
    summary: a.summary,
    lead,
    responsible: names(a.responsible),
    assignment: a.assignment,
    covers: a.covers ?? [],
    measures: (a.measures ?? []).map((m) => {
      const own = names(m.lead);
      return {
        title: m.title,
        summary: m.summary,
        lead: own.length ? own : lead,
        responsible: names(m.responsible),
        leadInherited: own.length === 0,
        assignment: m.assignment,
        quantities: m.quantities ?? [],
      };
    }),
  };
}
