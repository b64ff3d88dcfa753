import type { MissingValue } from './derive.js';
import type { TrendColumns } from './column-trends.js';
import { columnTrends, HAS_CAGR, HAS_CHANGE, HAS_CUMULATIVE, HAS_GROWTH, HAS_RANK } from './column-trends.js';
import type { ValueStore } from './store.js';
import { ORIGINS } from './store.js';
import type { Indicator, IndicatorValue } from './types.js';
import { orderValues } from './value-order.js';
import type { RegionColumns } from './value-rows.js';
import { filled, missingRow, row } from './value-rows.js';

/**
 * The computed indicator table, held as the store's columns in printed order: a row object is
 * made only when one is read (`at`, `rows`), so `kepu compute` writes a national table of
 * 1.8 million rows without holding them (issue 20). The rows are those computeIndicatorValues
 * returns, in the same order, field for field.
 */
export interface IndicatorTable {
  /** Number of rows. */
  readonly length: number;
  /**
   * Row i, made anew at each call; or written over `into` (every field set), for a reader that
   * is done with a row before it reads the next.
   */
  at(i: number, into?: IndicatorValue): IndicatorValue;
  /**
   * Every row in order, each made as it is reached; with `reuse`, every row is the same object
   * written over (at's `into`), for a reader that is done with a row before it reads the next: a
   * national CSV made 1.6 million row objects (550 MB) to throw away (issue 20).
   */
  rows(options?: { reuse?: boolean }): IterableIterator<IndicatorValue>;
  /**
   * One indicator and group's values by region code and year (undefined where it has none), or
   * undefined when it has no value anywhere: read without making rows, by the Parquet export's
   * ratio parts (src/export/ratio-parts.ts), which read a national table's inputs this way
   * instead of reading all its rows a first time.
   */
  field(indicator: string, group: string): FieldValues | undefined;
}

/**
 * A field's values by region code and year: the value (undefined where it has none) and whether
 * it was observed there rather than rolled up or computed. Two lookups rather than an object per
 * answer: the Parquet export asks for every input of each of a national table's 240,000 ratio
 * values, at the region and at each sub-region.
 */
export interface FieldValues {
  value(region: string, year: number): number | undefined;
  observed(region: string, year: number): boolean;
}

export interface TableParts {
  store: ValueStore;
  described: RegionColumns;
  missing: readonly MissingValue[];
  indicators: ReadonlyMap<string, Indicator>;
  /** The trend columns' settings; undefined leaves them null. */
  trends?: { periodStart?: number };
}

/** The table of a computed store. */
export function indicatorTable(parts: TableParts): IndicatorTable {
  const { store, described, missing, indicators } = parts;
  const order = orderValues(store, missing);
  const trends = parts.trends
    ? columnTrends(order, {
        periodStart: parts.trends.periodStart,
        direction: (id) => indicators.get(id)?.direction ?? 'higher',
        isFlow: (id) => indicators.get(id)?.temporal === 'flow',
        parent: described.parent,
        years: store.years,
      })
    : undefined;
  const units = order.columns.map((s) => indicators.get(s.indicator)?.unit ?? '');
  const years = store.years.length;
  const at = (i: number, into?: IndicatorValue): IndicatorValue => {
    const k = order.column[i]!;
    const c = order.cell[i]!;
    if (k < 0) return missingRow(described, order.missing[c]!, indicators, into);
    const series = order.columns[k]!;
    const r = Math.floor(c / years);
    const v = filled(row(described, r, store.years[c - r * years]!, series.indicator, series.group, units[k]!, into), series, c);
    if (trends) addTrendColumns(v, trends, i);
    return v;
  };
  return {
    length: order.length,
    at,
    *rows(options) {
      if (!options?.reuse) {
        for (let i = 0; i < order.length; i++) yield at(i);
        return;
      }
      let reused: IndicatorValue | undefined;
      for (let i = 0; i < order.length; i++) yield (reused = at(i, reused));
    },
    field: (indicator, group) => fieldValues(store, indicator, group),
  };
}

function fieldValues(store: ValueStore, indicator: string, group: string): FieldValues | undefined {
  const series = store.series(indicator, group);
  if (!series) return undefined;
  const OBSERVED = ORIGINS.indexOf('observed');
  // The cell of a region and year, or -1 where the field has no value.
  const cellOf = (region: string, year: number): number => {
    const r = store.region(region);
    const y = store.year(year);
    if (r === undefined || y === undefined) return -1;
    const cell = store.cell(r, y);
    return series.has(cell) ? cell : -1;
  };
  return {
    value: (region, year) => {
      const cell = cellOf(region, year);
      return cell < 0 ? undefined : series.value[cell]!;
    },
    observed: (region, year) => {
      const cell = cellOf(region, year);
      return cell >= 0 && series.origin[cell] === OBSERVED;
    },
  };
}

function addTrendColumns(v: IndicatorValue, t: TrendColumns, i: number): void {
  const has = t.has[i]!;
  if (has === 0) return;
  if (has & HAS_CHANGE) {
    v.change = t.change[i]!;
    v.change_years = t.changeYears[i]!;
  }
  if (has & HAS_GROWTH) v.growth = t.growth[i]!;
  if (has & HAS_CAGR) v.cagr = t.cagr[i]!;
  if (has & HAS_CUMULATIVE) v.cumulative = t.cumulative[i]!;
  if (has & HAS_RANK) {
    v.rank = t.rank[i]!;
    v.rank_of = t.rankOf[i]!;
  }
}

