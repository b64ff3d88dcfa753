import type { Regions } from '../data/types.js';
import type { MissingValue } from './derive.js';
import type { Series, ValueStore } from './store.js';
import { ORIGINS } from './store.js';
import { valuePresentation } from './presentation.js';
import type { Indicator, IndicatorValue, SeriesPoint } from './types.js';
import type { Presentation } from '../survey/presentation.js';

// How a computed value becomes a row of the indicator table (IndicatorValue): the only place
// values become objects, shared by the whole table (value-table.ts) and the evaluation's
// on-demand series (compute.ts).

/** A region's name, level and parent as rows show them, by the store's region number. */
export interface RegionColumns {
  code: readonly string[];
  name: readonly string[];
  level: readonly string[];
  parent: readonly (string | null)[];
  index: (code: string) => number;
}

export function describeRegions(store: ValueStore, regions: Regions): RegionColumns {
  const code = store.regions.items;
  const found = code.map((c) => regions.byCode.get(c));
  return {
    code,
    name: found.map((r, i) => r?.name ?? code[i]!),
    level: found.map((r) => r?.level ?? ''),
    parent: found.map((r) => r?.parent ?? null),
    index: (c) => store.region(c)!,
  };
}

/** The row of a formula that could not be computed, saying why (written over `into` when given). */
export function missingRow(described: RegionColumns, m: MissingValue, indicators: ReadonlyMap<string, Indicator>, into?: IndicatorValue): IndicatorValue {
  const v = row(described, m.region, m.year, m.indicator, 'total', indicators.get(m.indicator)?.unit ?? '', into);
  v.note = m.missing.includes('division_by_zero') ? 'division_by_zero' : `missing: ${m.missing.join(', ')}`;
  return v;
}

/**
 * A row with no value (a formula that could not be computed), for a region by number or code.
 * Given `into`, every field of that row is set again instead: a writer that is done with each row
 * before the next reads a national table's 1.6 million rows into one object.
 */
export function row(regions: RegionColumns, region: number | string, year: number, indicator: string, group: string, unit: string, into?: IndicatorValue): IndicatorValue {
  const r = typeof region === 'number' ? region : regions.index(region);
  if (into) return resetRow(into, regions.code[r]!, regions.name[r]!, regions.level[r]!, regions.parent[r]!, year, indicator, group, unit);
  return {
    region: regions.code[r]!,
    region_name: regions.name[r]!,
    level: regions.level[r]!,
    parent: regions.parent[r]!,
    year,
    indicator,
    group,
    value: null,
    unit,
    se: null,
    ci_low: null,
    ci_high: null,
    reliable: null,
    presentation: null,
    presentation_reasons: null,
    presentation_unchecked: null,
    origin: 'missing',
    source: null,
    reported: null,
    expected: null,
    coverage: null,
    approximate: false,
    note: null,
    change: null,
    change_years: null,
    growth: null,
    cagr: null,
    cumulative: null,
    rank: null,
    rank_of: null,
  };
}

/** Sets every field of `v` as `row` makes them (tests/indicators/value-table.test.ts holds a row so written to one made anew). */
function resetRow(v: IndicatorValue, region: string, region_name: string, level: string, parent: string | null, year: number, indicator: string, group: string, unit: string): IndicatorValue {
  v.region = region;
  v.region_name = region_name;
  v.level = level;
  v.parent = parent;
  v.year = year;
  v.indicator = indicator;
  v.group = group;
  v.value = null;
  v.unit = unit;
  v.se = null;
  v.ci_low = null;
  v.ci_high = null;
  v.reliable = null;
  v.presentation = null;
  v.presentation_reasons = null;
  v.presentation_unchecked = null;
  v.origin = 'missing';
  v.source = null;
  v.reported = null;
  v.expected = null;
  v.coverage = null;
  v.approximate = false;
  v.note = null;
  v.change = null;
  v.change_years = null;
  v.growth = null;
  v.cagr = null;
  v.cumulative = null;
  v.rank = null;
  v.rank_of = null;
  return v;
}

/** Fills a row's value columns from its cell of a series. */
export function filled(v: IndicatorValue, series: Series, cell: number): IndicatorValue {
  const value = series.value[cell]!;
  const extras = series.extras?.get(cell);
  const coverage = series.coverage(cell);
  const incomplete = coverage && coverage.reported < coverage.expected;
  const se = series.seAt(cell);
  v.value = value;
  v.se = se ?? null;
  if (extras?.ci) {
    v.ci_low = extras.ci[0];
    v.ci_high = extras.ci[1];
  } else if (se !== undefined) {
    const half = 1.959963984540054 * se;
    v.ci_low = value - half;
    v.ci_high = value + half;
  }
  if (se !== undefined) {
    // (The extras as the sample: valuePresentation reads their n and df, when they have them.)
    const p = valuePresentation(value, se, v.unit, extras);
    const texts = presentationTexts(p);
    v.presentation = p.level;
    v.presentation_reasons = texts.reasons;
    v.presentation_unchecked = texts.unchecked;
    v.reliable = p.level === 'ok';
  }
  v.origin = ORIGINS[series.origin[cell]!]!;
  v.source = extras?.source ?? null;
  v.reported = coverage?.reported ?? null;
  v.expected = coverage?.expected ?? null;
  v.coverage = incomplete ? `${coverage.reported}/${coverage.expected}` : null;
  v.approximate = series.isApproximate(cell);
  v.note = incomplete ? `not reported: ${coverage.missing.join(', ')}` : (extras?.note ?? null);
  return v;
}

/**
 * The point of a computed value the evaluation reads (SeriesPoint): the same value, standard error
 * and presentation level as `filled` gives its row, without the row's other fields.
 */
export function point(region: string, year: number, series: Series, cell: number, unit: string): SeriesPoint {
  const value = series.value[cell]!;
  const se = series.seAt(cell);
  const extras = se === undefined ? undefined : series.extras?.get(cell);
  return { region, year, value, se: se ?? null, presentation: se === undefined ? null : valuePresentation(value, se, unit, extras).level };
}

/**
 * A judgement's reasons and unchecked rules as the row's cells show them (space-separated, null
 * for none). Made once per judgement: a table's judgements are mostly a few dozen shared objects
 * (valuePresentation), and a new text on each of its hundred thousand rows was garbage, and a
 * text to compare character by character wherever the rows are written.
 */
function presentationTexts(p: Presentation): { reasons: string | null; unchecked: string | null } {
  let texts = presentationCells.get(p);
  if (!texts) {
    texts = { reasons: p.reasons.length ? p.reasons.join(' ') : null, unchecked: p.unchecked.length ? p.unchecked.join(' ') : null };
    presentationCells.set(p, texts);
  }
  return texts;
}
const presentationCells = new WeakMap<Presentation, { reasons: string | null; unchecked: string | null }>();
