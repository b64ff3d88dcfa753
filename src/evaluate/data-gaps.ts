import { inputsOf } from '../indicators/inputs-of.js';
import type { Assessment } from './assess.js';
import type { StatusReason } from './types.js';

/** Reasons a target is not assessed that more data would cure. */
const FOR_WANT_OF_DATA: ReadonlySet<StatusReason> = new Set(['no_data', 'no_baseline', 'no_data_since_baseline', 'incomplete_coverage']);

/** A quantitative target not assessed for want of data, and who must send what for it. */
export interface DataGap {
  target: string;
  indicator: string;
  reason: StatusReason;
  /** The year whose figures are wanted: the baseline year when the baseline is what is missing. */
  year: number;
  /** Input fields the indicator rests on. */
  fields: string[];
  /** Sub-regions lacking one of the fields for that year (codes, regions-file order). */
  regions: string[];
  /**
   * Member units whose own figures count towards the value (relation: contribution) and that sent
   * none for that year. Units reporting a whole-region figure to reconcile are not listed: their
   * figure is a check and would not make the target assessable.
   */
  units: string[];
  /** A survey estimate for the jurisdiction is wanted. */
  survey: boolean;
}

/**
 * The jurisdiction's quantitative targets that cannot be assessed for want of data, each with who
 * must send what (sub-regions, member units by the responsibility table, the survey). Reads the
 * assessment only. Pure.
 */
export function dataGaps(a: Assessment): DataGap[] {
  const has = new Set(a.values.filter((v) => v.value !== null && v.group === 'total').map((v) => `${v.region}|${v.year}|${v.indicator}`));
  const children = a.regions.children.get(a.root) ?? [];
  const reporting = a.reporting ?? { duties: [], received: [], unreconciled: [] };
  const received = new Set(reporting.received.map((r) => `${r.unit}|${r.year}|${r.indicator}`));
  return a.rows
    .filter((r) => r.role === 'target' && r.region === a.root && r.indicator !== null && r.kind !== 'qualitative' && r.status === 'not_assessable' && r.status_reason !== null && FOR_WANT_OF_DATA.has(r.status_reason))
    .map((r) => {
      const year = r.status_reason === 'no_baseline' ? (r.baseline_year ?? a.plan.period.start - 1) : a.year;
      const fields = inputsOf(a.indicators, r.indicator!);
      const counted = fields.filter((f) => a.indicators.get(f)?.source !== 'survey');
      const surveyed = fields.filter((f) => a.indicators.get(f)?.source === 'survey');
      return {
        target: r.target_id, indicator: r.indicator!, reason: r.status_reason!, year, fields,
        regions: children.filter((c) => counted.some((f) => !has.has(`${c.code}|${year}|${f}`))).map((c) => c.code),
        units: reporting.duties.filter((d) => d.relation === 'contribution' && d.indicators.some((f) => counted.includes(f) && !received.has(`${d.unit}|${year}|${f}`))).map((d) => d.unit),
        survey: surveyed.some((f) => !has.has(`${a.root}|${year}|${f}`)),
      };
    });
}
