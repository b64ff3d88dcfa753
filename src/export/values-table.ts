import type { Regions } from '../data/types.js';
import type { Indicator, IndicatorValue } from '../indicators/types.js';
import type { IndicatorTable } from '../indicators/value-table.js';
import type { RatioPart } from './ratio-parts.js';
import { fieldsOf, ratioIndicators, ratioParts } from './ratio-parts.js';
import type { BatchColumn, ColumnSpec, ExportTable } from './table.js';
import { DoubleColumn } from './table.js';

/** The schema of `kepu compute --format parquet`; docs/scale.md describes it. */
export const VALUES_SCHEMA = 'kepu-values/2';

type ValuesColumn = keyof Omit<IndicatorValue, 'change' | 'change_years' | 'growth' | 'cagr' | 'cumulative' | 'rank' | 'rank_of'> | 'numerator' | 'denominator' | 'scale';

/** The columns of kepu-values/2 (kepu-values/1 and the three presentation columns, issue 21), in order. Keys of IndicatorValue keep their names and meaning. */
export const VALUES_COLUMNS: readonly ColumnSpec[] = [
  { name: 'region', type: 'STRING', nullable: false, description: 'region code (GB/T 2260 where one exists)' },
  { name: 'region_name', type: 'STRING', nullable: false, description: 'region name as in the regions file' },
  { name: 'level', type: 'STRING', nullable: false, description: 'province, city, county or town; empty for a region outside the hierarchy' },
  { name: 'parent', type: 'STRING', nullable: true, description: 'code of the parent region; null at the root' },
  { name: 'year', type: 'INT32', nullable: false, description: 'year of the value' },
  { name: 'indicator', type: 'STRING', nullable: false, description: 'indicator id (indicators/*.yaml)' },
  { name: 'group', type: 'STRING', nullable: false, description: 'breakdown group: total, urban, rural, male, female, an age band' },
  { name: 'value', type: 'DOUBLE', nullable: true, description: 'the value in the unit; null when it cannot be computed (note says why), never 0 for missing' },
  { name: 'unit', type: 'STRING', nullable: false, description: 'unit of value' },
  { name: 'numerator', type: 'DOUBLE', nullable: true, description: 'ratio indicators: the summed inputs above the fraction bar (kepu.ratios names them); value = scale * numerator / denominator' },
  { name: 'denominator', type: 'DOUBLE', nullable: true, description: 'ratio indicators: the summed inputs below the fraction bar' },
  { name: 'scale', type: 'DOUBLE', nullable: true, description: 'ratio indicators: the constant factor (10000 per 10,000 residents, 100 for a percentage)' },
  { name: 'se', type: 'DOUBLE', nullable: true, description: 'standard error (survey estimates)' },
  { name: 'ci_low', type: 'DOUBLE', nullable: true, description: '95% confidence interval, lower end' },
  { name: 'ci_high', type: 'DOUBLE', nullable: true, description: '95% confidence interval, upper end' },
  { name: 'reliable', type: 'BOOLEAN', nullable: true, description: 'true when presentation is ok; null without a standard error' },
  { name: 'presentation', type: 'STRING', nullable: true, description: 'presentation standard (NCHS 2017 for shares, RSE 30% otherwise; docs/survey.md): ok, flagged (show greyed, use with caution) or suppressed (do not show); null without a standard error' },
  { name: 'presentation_reasons', type: 'STRING', nullable: true, description: 'why flagged or suppressed, codes separated by spaces: n, n_eff, ci_width, ci_relative_width, complement_width, df, extreme, rse' },
  { name: 'presentation_unchecked', type: 'STRING', nullable: true, description: 'rules not applied for want of the input: n (respondents), df (design degrees of freedom)' },
  { name: 'origin', type: 'STRING', nullable: false, description: 'observed, rolled_up (from sub-regions), computed (by formula) or missing' },
  { name: 'source', type: 'STRING', nullable: true, description: 'source of an observed value as its data file names it' },
  { name: 'reported', type: 'INT32', nullable: true, description: 'roll-ups: sub-regions that contributed' },
  { name: 'expected', type: 'INT32', nullable: true, description: 'roll-ups: sub-regions that exist' },
  { name: 'coverage', type: 'STRING', nullable: true, description: '"reported/expected" when a roll-up lacks sub-regions; null when complete or not a roll-up' },
  { name: 'approximate', type: 'BOOLEAN', nullable: false, description: 'true for an approximation (a share averaged from sub-regions\' shares by population 18-69)' },
  { name: 'note', type: 'STRING', nullable: true, description: 'why a value is missing, or which sub-regions did not report' },
];

/**
 * kepu's computed values as a long table of schema kepu-values/2, with the numerator and
 * denominator of every ratio value (ratio-parts.ts). `all` gives every value of every region (the
 * numerators of a parent are sums over its sub-regions): the computed table, whose rows are made
 * as each batch is filled and whose ratio inputs are read from its columns (a national table is
 * 1.8 million rows, never held as objects), or rows held in memory. `shown` says which rows to
 * write (a year, region or indicator chosen). The key-value metadata `kepu.ratios` names, per
 * ratio indicator, the fields summed above and below the bar and the scale. Pure.
 */
export function valuesTable(all: readonly IndicatorValue[] | IndicatorTable, regions: Regions, indicators: ReadonlyMap<string, Indicator>, shown: (v: IndicatorValue) => boolean = () => true): ExportTable {
  const table = 'rows' in all ? all : undefined;
  const rows = table ? () => table.rows() : () => (all as readonly IndicatorValue[]).values();
  const described = Object.fromEntries(
    [...ratioIndicators(indicators)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([id, f]) => [id, { formula: indicators.get(id)!.formula, ...f }]),
  );
  return {
    schema: VALUES_SCHEMA,
    columns: VALUES_COLUMNS,
    metadata: { 'kepu.ratios': JSON.stringify(described) },
    *batches(size) {
      const partsOf = ratioParts(regions, indicators, table ? (id, group) => table.field(id, group) : fieldsOf(rows(), indicators));
      // One pass with each field named, into columns made at their size: a loop per column reading
      // v[name] was most of the time of a national table (a keyed load that sees every field name).
      // Doubles go into typed arrays with a mark for null (DoubleColumn), kept from batch to batch.
      // The computed table's rows are read into one object, each row's fields copied out before
      // the next is read, rather than 1.6 million row objects made to be thrown away, and a ratio's
      // parts into one object too.
      const count = table ? table.length : (all as readonly IndicatorValue[]).length;
      const full = Math.min(size, count);
      // The double columns are filled again for each batch (DoubleColumn), the others made anew.
      const doubles = newDoubles(full);
      let data = newBatch(full, doubles);
      let n = 0;
      let reused: IndicatorValue | undefined;
      const ratio: RatioPart = { numerator: 0, denominator: 0, scale: 0 };
      for (let i = 0; i < count; i++) {
        const v = table ? (reused = table.at(i, reused)) : (all as readonly IndicatorValue[])[i]!;
        if (!shown(v)) continue;
        const isRatio = partsOf(v, ratio) !== null;
        data.region[n] = v.region;
        data.region_name[n] = v.region_name;
        data.level[n] = v.level;
        data.parent[n] = v.parent;
        data.year[n] = v.year;
        data.indicator[n] = v.indicator;
        data.group[n] = v.group;
        doubles.value.set(n, v.value);
        data.unit[n] = v.unit;
        doubles.numerator.set(n, isRatio ? ratio.numerator : null);
        doubles.denominator.set(n, isRatio ? ratio.denominator : null);
        doubles.scale.set(n, isRatio ? ratio.scale : null);
        doubles.se.set(n, v.se);
        doubles.ci_low.set(n, v.ci_low);
        doubles.ci_high.set(n, v.ci_high);
        data.reliable[n] = v.reliable;
        data.presentation[n] = v.presentation;
        data.presentation_reasons[n] = v.presentation_reasons;
        data.presentation_unchecked[n] = v.presentation_unchecked;
        data.origin[n] = v.origin;
        data.source[n] = v.source;
        data.reported[n] = v.reported;
        data.expected[n] = v.expected;
        data.coverage[n] = v.coverage;
        data.approximate[n] = v.approximate;
        data.note[n] = v.note;
        if (++n === full) {
          yield VALUES_COLUMNS.map((c): BatchColumn => data[c.name as ValuesColumn]);
          data = newBatch(full, doubles);
          n = 0;
        }
      }
      // The last batch: rows left out by `shown`, or fewer than a batch.
      if (n > 0) {
        const last = VALUES_COLUMNS.map((c): BatchColumn => data[c.name as ValuesColumn]);
        for (const column of last) column.length = n;
        yield last;
      }
    },
  };
}

/**
 * Empty columns for `size` rows, as one object written out whole: an object made from the
 * columns' names one by one (Object.fromEntries) is a dictionary in V8, and its lookups were
 * most of the time spent filling a national table.
 */
function newBatch(size: number, doubles: Doubles): Record<Exclude<ValuesColumn, keyof Doubles>, unknown[]> & Doubles {
  const a = () => new Array<unknown>(size);
  // (Each batch's double columns start at the full size; the last batch is cut to its rows.)
  for (const column of Object.values(doubles)) column.length = size;
  return {
    region: a(), region_name: a(), level: a(), parent: a(), year: a(), indicator: a(), group: a(), value: doubles.value, unit: a(),
    numerator: doubles.numerator, denominator: doubles.denominator, scale: doubles.scale, se: doubles.se, ci_low: doubles.ci_low,
    ci_high: doubles.ci_high, reliable: a(), presentation: a(), presentation_reasons: a(), presentation_unchecked: a(), origin: a(),
    source: a(), reported: a(), expected: a(), coverage: a(), approximate: a(), note: a(),
  };
}

/** The double columns of kepu-values/2, filled again for each batch. */
type Doubles = Record<'value' | 'numerator' | 'denominator' | 'scale' | 'se' | 'ci_low' | 'ci_high', DoubleColumn>;

function newDoubles(size: number): Doubles {
  const d = () => new DoubleColumn(size);
  return { value: d(), numerator: d(), denominator: d(), scale: d(), se: d(), ci_low: d(), ci_high: d() };
}
