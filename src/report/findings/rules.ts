import type { Assessment } from '../../evaluate/assess.js';
import { lagging } from '../../evaluate/lagging.js';
import type { EvaluationRow, MethodName, StatusReason } from '../../evaluate/types.js';
import { actionIndicators } from '../../plan/action-indicators.js';
import { ownRows } from '../own-rows.js';
import type { Amount, Finding } from './types.js';

/**
 * The rules that turn an assessment into findings (问题与建议, 主要成效) for the region reported on.
 * Each reads rows the evaluation computed and copies their figures; none computes a new one,
 * only compares those it is given. Findings come rule by rule, the more serious first.
 */
export function findings(a: Assessment, region: string = a.root): Finding[] {
  const all: Finding[] = [...behindTargets(a), ...uncertainTargets(a), ...laggingRegions(a), ...urbanRuralGaps(a), ...missingReports(a), ...overdueTasks(a), ...judgedTargets(a)];
  const own = ownRows(a, region);
  const out = [...nothingAssessable(a, own), ...(region === a.root ? all : all.filter((f) => about(f, region))), ...achievements(a, own), ...methodsDisagree(a, own)];
  return out.sort((x, y) => y.weight - x.weight);
}

/**
 * Whether a finding of the jurisdiction is about one of its sub-regions (its report keeps those):
 * the region lags, fails a per-sub-region target, or did not report. Read from the finding's data,
 * never from its words.
 */
function about(f: Finding, region: string): boolean {
  if (f.code === 'region_lagging') return f.args.region === region;
  if (f.code === 'subregions_behind') return f.args.failing.includes(region);
  if (f.code === 'regions_not_reported') return f.args.regions.includes(region);
  return false;
}

/** The amount a row measures, in its unit (a per-sub-region target counts regions). */
export function amountOf(a: Assessment, r: Pick<EvaluationRow, 'kind' | 'role' | 'unit' | 'indicator'>, value: number): Amount {
  // Regions are counted in whole numbers, whatever the indicator's decimals (report/row-style.ts).
  if (r.kind === 'per_subregion' && r.role === 'target') return { value, unit: 'regions', decimals: 0 };
  return { value, unit: r.unit, decimals: a.indicators.get(r.indicator ?? '')?.decimals };
}

/** The lead units of the plan's actions an indicator reports on (plan/action-indicators.ts), in plan order. */
export function leadsOf(a: Assessment, indicator: string): string[] {
  const units = a.plan.actions.filter((action) => actionIndicators(a.plan, action).includes(indicator)).flatMap((action) => (action.lead.length ? action.lead : action.measures.flatMap((m) => m.lead)));
  return [...new Set(units)];
}

/** 0. A report whose region has quantitative targets, none of which could be assessed. */
function nothingAssessable(a: Assessment, rows: EvaluationRow[]): Finding[] {
  // No targets at all is not "none assessable": the counts sentence says the region has none.
  if (rows.length === 0 || rows.some((r) => r.status !== 'not_assessable')) return [];
  return [{ code: 'nothing_assessable', kind: 'notice', weight: 4, args: { targets: rows.length, year: a.year, reasons: reasonsOf(rows) } }];
}

/** Why rows are not assessable: their distinct reasons, in row order. */
export function reasonsOf(rows: readonly EvaluationRow[]): StatusReason[] {
  return [...new Set(rows.filter((r) => r.status === 'not_assessable' && r.status_reason !== null).map((r) => r.status_reason!))];
}

/**
 * A target met ahead of its year (已提前实现): achieved while its year is still to come. Never an
 * annual target (每年不低于50期): meeting this year's figure is not meeting next year's. The one
 * definition the findings, the headline and the report check share.
 */
export function metEarly(r: Pick<EvaluationRow, 'status' | 'kind' | 'target_year'>, year: number): boolean {
  return r.status === 'achieved' && r.kind !== 'annual' && r.target_year > year;
}

const PROBLEM = new Set(['behind', 'seriously_behind', 'regressing', 'not_achieved']);

/** 1. Targets of the jurisdiction not on track, or not achieved by their year. */
function behindTargets(a: Assessment): Finding[] {
  return a.rows.filter((r) => r.role === 'target' && PROBLEM.has(r.status) && r.indicator !== null && r.value !== null).map((r): Finding => {
    const weight = r.status === 'regressing' || r.status === 'not_achieved' ? 3 : r.status === 'seriously_behind' ? 2 : 1;
    const closed = r.status === 'not_achieved';
    const leads = leadsOf(a, r.indicator!);
    if (r.kind === 'per_subregion') {
      return {
        code: 'subregions_behind', kind: 'problem', weight,
        args: {
          target: r.target_id, indicator: r.indicator!, status: r.status, compliant: r.compliant ?? 0, of: r.compliance_of ?? 0, required: r.target ?? 0,
          failing: r.failing ?? [], unreported: r.unreported ?? [], targetYear: r.target_year, closed, leads,
        },
      };
    }
    return {
      code: 'target_behind', kind: 'problem', weight,
      args: {
        target: r.target_id, indicator: r.indicator!, status: r.status, value: amountOf(a, r, r.value!), valueYear: r.value_year ?? a.year,
        since: r.kind === 'cumulative' ? a.plan.period.start : null,
        completion: r.completion_rate, timeProgress: closed ? null : r.time_progress, reachYear: r.reach_year, targetYear: r.target_year, closed, chance: r.status_probability,
        required: closed || r.required_annual_change === null ? null : pointsOrUnit(amountOf(a, r, Math.abs(r.required_annual_change))),
        requiredDown: (r.required_annual_change ?? 0) < 0, requiredGrowth: closed ? null : r.required_annual_growth,
        leads, overall: r.indicator === OVERALL && leads.length === 0,
      },
    };
  });
}

/**
 * 1b. Targets of the jurisdiction whose survey-based verdict is uncertain: a problem of precision,
 * whose remedy is a larger sample, never a verdict.
 */
function uncertainTargets(a: Assessment): Finding[] {
  return a.rows.filter((r) => r.role === 'target' && r.status === 'uncertain' && r.indicator !== null && r.value !== null && r.likeliest_status !== null && r.status_probability !== null).map((r): Finding => ({
    code: 'target_uncertain', kind: 'problem', weight: 1,
    args: {
      target: r.target_id, indicator: r.indicator!, value: amountOf(a, r, r.value!), valueYear: r.value_year ?? a.year,
      likeliest: r.likeliest_status!, chance: r.status_probability!, closed: a.year >= r.target_year, targetYear: r.target_year,
    },
  }));
}

/**
 * 8. Targets of the region on which the progress methods disagree: a summary statement the
 * template places beside the method it names, so a reader who knows another method's verdict
 * learns why this report's differs.
 */
function methodsDisagree(a: Assessment, own: EvaluationRow[]): Finding[] {
  // An uncertain verdict is undecided under every method: their point verdicts differ within sampling error.
  return own.filter((r) => r.methods_agree === false && r.method_statuses !== null && r.indicator !== null && r.status !== 'uncertain').map((r): Finding => {
    const statuses = r.method_statuses!;
    const others = (Object.keys(statuses) as MethodName[]).filter((m) => m !== a.method).map((m) => ({ method: m, status: statuses[m]! }));
    return { code: 'methods_disagree', kind: 'summary', weight: 0, args: { target: r.target_id, indicator: r.indicator!, chosen: a.method, verdicts: [{ method: a.method, status: r.status }, ...others] } };
  });
}

/** A change of a share is in points, never in %. */
function pointsOrUnit(amount: Amount): Amount {
  return amount.unit === '%' ? { ...amount, unit: 'points' } : amount;
}

/** The indicator of a plan's overall goal (公民具备科学素质的比例): the leading group's as a whole. */
const OVERALL = 'literacy_share';

/** 2. Sub-regions well behind the jurisdiction, and whether the gap widened. */
function laggingRegions(a: Assessment): Finding[] {
  const out: Finding[] = [];
  for (const r of a.rows) {
    if (r.region === a.root || r.indicator === null) continue;
    const share = r.unit === '%';
    const lag = lagging(r, share);
    if (!lag) continue;
    out.push({
      code: 'region_lagging', kind: 'problem', weight: lag.widened ? 2 : 1,
      args: {
        region: r.region, indicator: r.indicator, shortfall: share ? { value: lag.shortfall, unit: 'points', decimals: 1 } : amountOf(a, r, lag.shortfall),
        lowerIsBetter: r.direction === 'lower', widened: lag.widened, parent: a.root, year: a.year,
      },
    });
  }
  return out;
}

/** 3. The urban–rural gap, where it widened since the baseline. */
function urbanRuralGaps(a: Assessment): Finding[] {
  return a.imbalance.filter((r) => r.urban_rural_gap !== null && r.base_urban_rural_gap !== null && r.gap_narrowed === false).map((row): Finding => {
    const unit = a.indicators.get(row.indicator)?.unit === '%' ? 'points' : (a.indicators.get(row.indicator)?.unit ?? null);
    const amount = (value: number): Amount => ({ value: Math.abs(value), unit, decimals: unit === 'points' ? 1 : a.indicators.get(row.indicator)?.decimals });
    return {
      code: 'urban_rural_gap_widened', kind: 'problem', weight: 2,
      args: { indicator: row.indicator, baseYear: row.baseline_year!, baseGap: amount(row.base_urban_rural_gap!), year: row.year, gap: amount(row.urban_rural_gap!), action: farmersAction(a) },
    };
  });
}

/** The plan's own action for farmers (农民科学素质提升行动 in one plan, 农民科学素质行动 in another): the one whose indicators train farmers. */
function farmersAction(a: Assessment): string | null {
  return a.plan.actions.find((x) => x.group === 'action' && actionIndicators(a.plan, x).includes('trained_farmers'))?.id ?? null;
}

/** 4. Sub-regions that did not report for the year (named in the notes of the jurisdiction's totals). */
function missingReports(a: Assessment): Finding[] {
  const missing = new Set(a.values.filter((v) => v.region === a.root && v.year === a.year && v.coverage !== null).flatMap((v) => (v.note ?? '').replace(/^not reported: /, '').split(', ').filter(Boolean)));
  if (!missing.size) return [];
  return [{ code: 'regions_not_reported', kind: 'problem', weight: 1, args: { regions: [...missing], year: a.year } }];
}

/** 5. Overdue tasks, in one finding, with their lead units. */
function overdueTasks(a: Assessment): Finding[] {
  const overdue = a.tasks.tasks.filter((t) => t.status === 'overdue');
  if (!overdue.length) return [];
  return [{ code: 'tasks_overdue', kind: 'problem', weight: 2, args: { titles: overdue.map((t) => t.title), leads: [...new Set(overdue.flatMap((t) => t.lead))] } }];
}

/**
 * 7. Qualitative targets of the jurisdiction with a recorded judgement: 达到 is an achievement;
 * 未达到, or 基本达到 once the target year has come, a problem for the target's action's lead units.
 * 基本达到 before the target year (on track) is neither.
 */
function judgedTargets(a: Assessment): Finding[] {
  return a.rows.filter((r) => r.role === 'target' && r.judgement !== undefined).flatMap((r): Finding[] => {
    const j = r.judgement!;
    const said = { target: r.target_id, grade: j.grade, judge: j.judge, year: j.year, reference: j.reference };
    if (r.status === 'achieved') return [{ code: 'judged_met', kind: 'achievement', weight: 0, args: said }];
    if (!PROBLEM.has(r.status)) return [];
    const closed = r.status === 'not_achieved';
    const action = a.plan.actions.find((x) => x.id === a.plan.targets.find((t) => t.id === r.target_id)?.action);
    const leads = action ? [...new Set(action.lead.length ? action.lead : action.measures.flatMap((m) => m.lead))] : [];
    return [{ code: 'judged_short', kind: 'problem', weight: closed ? 3 : 1, args: { ...said, status: r.status, targetYear: r.target_year, closed, leads } }];
  });
}

/** 6. Targets met by the region reported on (a sub-region's own rows): early only while the target year is still ahead. */
function achievements(a: Assessment, own: EvaluationRow[]): Finding[] {
  return own.filter((r) => r.status === 'achieved' && r.value !== null).map((r): Finding => ({
    code: 'target_met', kind: 'achievement', weight: 0,
    args: {
      target: r.target_id, indicator: r.indicator!, value: amountOf(a, r, r.value!), valueYear: r.value_year ?? a.year,
      early: metEarly(r, a.year), since: r.kind === 'cumulative' ? a.plan.period.start : null, chance: r.status_probability,
    },
  }));
}
