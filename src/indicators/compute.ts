import type { Issue } from '../errors/index.js';
import { sortByCoordinates } from '../data/coordinates.js';
import type { Observation, Regions } from '../data/types.js';
import { compileIndicators } from './compile.js';
import { deriveIndicator } from './derive.js';
import { rollUpInputs } from './rollup.js';
import type { StoredValue } from './store.js';
import { ValueStore } from './store.js';
import { addTrends } from './trends.js';
import type { Indicator, IndicatorValue } from './types.js';

export interface ComputeInput {
  regions: Regions;
  observations: readonly Observation[];
  indicators: ReadonlyMap<string, Indicator>;
  /** The plan period's first year, from which cumulative sums of flows start. Default: the first year with data. */
  periodStart?: number;
  /**
   * Fill the time and peer columns (change, growth, cagr, cumulative, rank). The evaluation does
   * not read them, so `kepu evaluate` skips them: at national scale they are a sixth of the work.
   * Default: true (the columns stay null when false).
   */
  trends?: boolean;
}

/**
 * The indicator computation, in three phases:
 *   1. observed   — input values as reported, per region, year and group;
 *   2. roll up    — parents' inputs from their children (sum, weighted mean…), coverage flagged;
 *   3. derive     — formulas per region and year (ratio of sums at parents), missing inputs named;
 * then trends (change, growth, cumulative, rank). Pure: nothing is read or written.
 * @example
 * const values = computeIndicatorValues({ regions, observations, indicators });
 */
export function computeIndicatorValues(input: ComputeInput): { values: IndicatorValue[]; issues: Issue[] } {
  const { regions, observations, indicators } = input;
  const { compiled, issues } = compileIndicators(indicators);
  if (!compiled) return { values: [], issues };

  const store = new ValueStore();
  for (const o of observations) {
    store.set(o.region, o.year, o.indicator, o.group, { value: o.value, origin: 'observed', se: o.se, ci: o.ci, reliable: o.reliable, note: o.note, source: o.source });
  }
  rollUpInputs(store, regions, compiled.inputs);
  const years = [...new Set(observations.map((o) => o.year))].sort((a, b) => a - b);
  const missing = compiled.derived.flatMap(({ indicator, formula }) =>
    deriveIndicator(store, regions, indicator, formula, indicators, years),
  );

  const values: IndicatorValue[] = [];
  for (const [at, stored] of store.entries()) values.push(row(regions, indicators, at.region, at.year, at.indicator, at.group, stored));
  for (const m of missing) {
    values.push({
      ...row(regions, indicators, m.region, m.year, m.indicator, 'total', undefined),
      note: m.missing.includes('division_by_zero') ? 'division_by_zero' : `missing: ${m.missing.join(', ')}`,
    });
  }
  sortByCoordinates(values);
  const periodStart = input.periodStart ?? years[0];
  if (input.trends === false) return { values, issues };
  addTrends(values, regions, {
    periodStart,
    direction: (id) => indicators.get(id)?.direction ?? 'higher',
    isFlow: (id) => indicators.get(id)?.temporal === 'flow',
  });
  return { values, issues };
}

function row(
  regions: Regions,
  indicators: ReadonlyMap<string, Indicator>,
  region: string,
  year: number,
  indicator: string,
  group: string,
  stored: ReturnType<ValueStore['get']>,
): IndicatorValue {
  const r = regions.byCode.get(region);
  const coverage = stored?.coverage;
  const incomplete = coverage && coverage.reported < coverage.expected;
  // Fields written out, not spread from interval(): a spread in a literal builds each of the
  // million rows the slow way.
  const ci = interval(stored);
  return {
    region,
    region_name: r?.name ?? region,
    level: r?.level ?? '',
    parent: r?.parent ?? null,
    year,
    indicator,
    group,
    value: stored ? stored.value : null,
    unit: indicators.get(indicator)?.unit ?? '',
    se: stored?.se ?? null,
    ci_low: ci.ci_low,
    ci_high: ci.ci_high,
    reliable: ci.reliable,
    origin: stored?.origin ?? 'missing',
    source: stored?.source ?? null,
    reported: coverage?.reported ?? null,
    expected: coverage?.expected ?? null,
    coverage: incomplete ? `${coverage.reported}/${coverage.expected}` : null,
    approximate: stored?.approximate ?? false,
    note: incomplete ? `not reported: ${coverage.missing.join(', ')}` : (stored?.note ?? null),
    change: null,
    change_years: null,
    growth: null,
    cagr: null,
    cumulative: null,
    rank: null,
    rank_of: null,
  };
}

/** CV above which an estimate is flagged unreliable (the rule statistics offices publish: 30%). */
export const UNRELIABLE_CV = 0.3;

/**
 * A value's 95% interval and reliability: a survey estimate's own (design-based interval and
 * flag, from src/survey), else the normal interval value ± 1.96 se and the CV rule.
 */
function interval(stored: StoredValue | undefined): { ci_low: number | null; ci_high: number | null; reliable: boolean | null } {
  if (stored?.ci) return { ci_low: stored.ci[0], ci_high: stored.ci[1], reliable: stored.reliable ?? null };
  const value = stored?.value;
  const se = stored?.se;
  if (value === undefined || se === undefined) return { ci_low: null, ci_high: null, reliable: null };
  const half = 1.959963984540054 * se;
  return { ci_low: value - half, ci_high: value + half, reliable: stored?.reliable ?? (value !== 0 && se / Math.abs(value) <= UNRELIABLE_CV) };
}
