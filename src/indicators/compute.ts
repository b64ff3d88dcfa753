import type { Issue } from '../errors/index.js';
import { ObservationTable } from '../data/observation-table.js';
import type { Observation, Regions } from '../data/types.js';
import { compileIndicators } from './compile.js';
import type { MissingValue } from './derive.js';
import { deriveIndicator } from './derive.js';
import { neededIndicators } from './needed.js';
import { rollUpInputs } from './rollup.js';
import type { Series } from './store.js';
import { OBSERVED, ValueStore } from './store.js';
import type { Indicator, IndicatorValue, SeriesOf, SeriesPoint } from './types.js';
import type { IndicatorTable } from './value-table.js';
import { indicatorTable } from './value-table.js';
import type { RegionColumns } from './value-rows.js';
import { describeRegions, point } from './value-rows.js';

export interface ComputeInput {
  regions: Regions;
  /** The observed values: a list, or the same as typed columns (a workspace's observationTable). */
  observations: readonly Observation[] | ObservationTable;
  indicators: ReadonlyMap<string, Indicator>;
  /** The plan period's first year, from which cumulative sums of flows start. Default: the first year with data. */
  periodStart?: number;
  /**
   * Fill the time and peer columns (change, growth, cagr, cumulative, rank). The evaluation does
   * not read them, so `kepu evaluate` skips them: at national scale they are a sixth of the work.
   * Default: true (the columns stay null when false).
   */
  trends?: boolean;
  /**
   * Member units' own figures at a region (relation: contribution, src/plan/responsibility.ts):
   * added to the region's roll-up of its sub-regions, or its value when none reported. A region
   * with its own observed total is left alone (that total is taken to include them).
   */
  contributions?: readonly Observation[];
}

export interface SeriesOptions {
  /**
   * Compute only these indicators and what they are computed from (neededIndicators): what an
   * evaluation reads. Their values are those of the full computation; asking for another is an
   * internal error. Default: every indicator.
   */
  only?: Iterable<string>;
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
  const { table, issues } = computeIndicatorTable(input);
  return { values: [...table.rows()], issues };
}

/**
 * The same rows as computeIndicatorValues, held as columns and made one at a time as they are
 * read: what `kepu compute` writes (a national table is 1.8 million rows; issue 20).
 */
export function computeIndicatorTable(input: ComputeInput): { table: IndicatorTable; issues: Issue[] } {
  const computed = computeStore(input);
  if (!computed.store) return { table: EMPTY_TABLE, issues: computed.issues };
  const { store, missing, described, issues } = computed;
  const periodStart = input.periodStart ?? store.years[0];
  const trends = input.trends === false ? undefined : { periodStart };
  return { table: indicatorTable({ store, described, missing, indicators: input.indicators, trends }), issues };
}

const EMPTY_TABLE: IndicatorTable = { length: 0, at: () => { throw new RangeError('the table is empty'); }, rows: () => [][Symbol.iterator](), field: () => undefined };

/**
 * The same computation, with values made only when asked for: the group-total values of one
 * region and indicator, sorted by year, as the points the evaluation reads (SeriesPoint), and
 * all it reads. `kepu evaluate` at national scale reads a few hundred thousand of the 1.8 million
 * values; building a row for each of the others was most of its time, and a full row for each of
 * those it reads made 25 fields it never reads. A formula that could not be computed is a point
 * with a null value, as its row is. Without trend columns.
 */
export function computeIndicatorSeries(input: ComputeInput, options: SeriesOptions = {}): { series: SeriesOf; issues: Issue[] } {
  const computed = computeStore(input, options.only);
  if (!computed.store) return { series: () => [], issues: computed.issues };
  const { store, issues, needed } = computed;
  // The cells whose formula could not be computed, by indicator.
  const missing = new Map<string, Set<number>>();
  for (const m of computed.missing) {
    let cells = missing.get(m.indicator);
    if (!cells) missing.set(m.indicator, (cells = new Set()));
    cells.add(store.cell(store.region(m.region)!, store.year(m.year)!));
  }
  const cache = new Map<string, Map<string, SeriesPoint[]>>();
  const series = (region: string, indicator: string): SeriesPoint[] => {
    let byIndicator = cache.get(region);
    if (!byIndicator) cache.set(region, (byIndicator = new Map()));
    let list = byIndicator.get(indicator);
    if (list) return list;
    // Not computed is not the same as no value: asking for it is a bug in the caller's `only`.
    if (needed && !needed.has(indicator)) throw new Error(`internal: ${indicator} is not among the indicators computed (only)`);
    list = [];
    byIndicator.set(indicator, list);
    const r = store.region(region);
    if (r === undefined) return list;
    const s = store.series(indicator, 'total');
    const gaps = missing.get(indicator);
    const unit = input.indicators.get(indicator)?.unit ?? '';
    for (let y = 0; y < store.years.length; y++) {
      const cell = store.cell(r, y);
      if (s?.has(cell)) list.push(point(region, store.years[y]!, s, cell, unit));
      if (gaps?.has(cell)) list.push({ region, year: store.years[y]!, value: null, se: null, presentation: null });
    }
    return list;
  };
  return { series, issues };
}

/** Observed values into the store, then roll-up and formulas; the formulas that could not be computed. */
function computeStore(input: ComputeInput, only?: Iterable<string>): { store?: ValueStore; missing: MissingValue[]; described: RegionColumns; issues: Issue[]; needed?: ReadonlySet<string> } {
  const { regions, indicators } = input;
  // The store is the same whatever the order of the rows: a merged table is read as it was read (ObservationTable.ordered).
  const table = (input.observations instanceof ObservationTable ? input.observations : ObservationTable.fromObservations(input.observations)).inReadOrder();
  const { compiled, issues } = compileIndicators(indicators);
  const contributions = input.contributions ?? [];
  // Units' figures may name a year or region no sub-region reported.
  const seen = new Set<number>();
  // (Rows come a year at a time for long stretches: each run's year is added once.)
  for (let i = 0, last = NaN; i < table.length; i++) if (table.year[i] !== last) seen.add((last = table.year[i]!));
  for (const o of contributions) seen.add(o.year);
  const years = [...seen].sort((a, b) => a - b);
  const store = new ValueStore(allRegions(regions, table, contributions), years);
  const described = describeRegions(store, regions);
  if (!compiled) return { missing: [], described, issues };
  const needed = only ? neededIndicators(compiled, indicators, only) : undefined;
  const wanted = (id: string) => !needed || needed.has(id);
  setObserved(store, table);
  rollUpInputs(store, regions, compiled.inputs.filter((i) => wanted(i.id)));
  addContributions(store, contributions);
  const missing = compiled.derived.filter(({ indicator }) => wanted(indicator.id)).flatMap(({ indicator, formula }) => deriveIndicator(store, regions, indicator, formula, indicators));
  return { store, missing, described, issues, needed };
}

/** The observed values into their series, read from the table's columns. */
function setObserved(store: ValueStore, table: ObservationTable): void {
  const regionRow = table.regionCodes.map((code) => store.region(code)!);
  // Years by offset from the first (a short array, not a map lookup per observation).
  const firstYear = store.years[0]!;
  const yearIndex: number[] = [];
  store.years.forEach((y, i) => (yearIndex[y - firstYear] = i));
  // Series by the table's (indicator, group) numbers, fetched from the store in order of first use
  // (an array by those numbers: a few hundred pairs at most, and a lookup per observation).
  const groups = table.groupNames.length;
  const bySeries: (Series | undefined)[] = new Array(table.indicatorIds.length * groups).fill(undefined);
  const { region, year, indicator, group, value, se } = table;
  // Most tables carry no more than numbers and standard errors (no source, note or interval on any
  // row, no row kept as an object): then each row's standard error is read from its column, and no
  // row is asked for more (a map lookup per row, a tenth of setting a national table's values).
  const numbersOnly = !table.mayCarryOtherExtras();
  for (let i = 0; i < table.length; i++) {
    const key = indicator[i]! * groups + group[i]!;
    let series = bySeries[key];
    if (!series) bySeries[key] = series = store.seriesFor(table.indicatorIds[indicator[i]!]!, table.groupNames[group[i]!]!);
    const cell = store.cell(regionRow[region[i]!]!, yearIndex[year[i]! - firstYear]!);
    // A cell is set twice only when a caller passes the same coordinates twice (the merge
    // never does); the later value wins whole, as it did in a map.
    const again = series.origin[cell] !== 0;
    series.value[cell] = value[i]!;
    series.origin[cell] = OBSERVED;
    // Most rows carry at most a standard error: it goes to its column, with no object made.
    if (!numbersOnly && table.hasOtherExtras(i)) series.setExtras(cell, table.extrasAt(i));
    else {
      if (again) series.setExtras(cell, undefined);
      const e = numbersOnly ? se[i]! : table.seAt(i);
      if (e !== undefined && !Number.isNaN(e)) series.setSe(cell, e);
    }
  }
}

/**
 * Adds units' contributions after the roll-up (see ComputeInput.contributions): to a rolled-up
 * cell, to an empty one (which becomes observed, with the unit's source), or to a cell an earlier
 * contribution made; never to a region's own observed total.
 */
function addContributions(store: ValueStore, contributions: readonly Observation[]): void {
  const made = new Map<Series, Set<number>>();
  for (const c of contributions) {
    const series = store.seriesFor(c.indicator, c.group);
    const cell = store.cell(store.region(c.region)!, store.year(c.year)!);
    let mine = made.get(series);
    if (!mine) made.set(series, (mine = new Set()));
    if (series.origin[cell] === OBSERVED && !mine.has(cell)) continue;
    if (series.has(cell)) {
      series.value[cell] = series.value[cell]! + c.value;
    } else {
      series.value[cell] = c.value;
      series.origin[cell] = OBSERVED;
      if (c.source !== undefined) series.setExtras(cell, { source: c.source });
    }
    mine.add(cell);
  }
}

/**
 * Every region code of the hierarchy, then any the observations name that it lacks, in the order
 * the merged observations would name them (codes as `localeCompare` ranks them, equals by first
 * read, as codedOrder sorts: the same store whatever the order of the rows), then any the
 * contributions name.
 */
function allRegions(regions: Regions, table: ObservationTable, contributions: readonly Observation[]): string[] {
  const codes = regions.list.map((r) => r.code);
  const known = new Set(codes);
  const add = (code: string) => {
    if (known.has(code)) return;
    known.add(code);
    codes.push(code);
  };
  const named = new Uint8Array(table.regionCodes.length);
  const region = table.region;
  for (let i = 0; i < table.length; i++) named[region[i]!] = 1;
  const unknown: number[] = [];
  named.forEach((n, id) => n && !known.has(table.regionCodes[id]!) && unknown.push(id));
  unknown.sort((a, b) => table.regionCodes[a]!.localeCompare(table.regionCodes[b]!) || a - b);
  for (const id of unknown) add(table.regionCodes[id]!);
  for (const o of contributions) add(o.region);
  return codes;
}
