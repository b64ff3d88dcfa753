import type { Regions } from '../data/types.js';
import type { Indicator, IndicatorValue } from '../indicators/types.js';
import type { IndicatorTable } from '../indicators/value-table.js';
import { fieldsOf, ratioIndicators, ratioParts } from './ratio-parts.js';
import type { ColumnSpec, ExportTable } from './table.js';

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
      let data = emptyBatch();
      let n = 0;
      // One pass with each field named: a loop per column reading v[name] was most of the time of
      // a national table (a keyed load that sees every field name).
      for (const v of rows()) {
        if (!shown(v)) continue;
        const ratio = partsOf(v);
        data.region.push(v.region);
        data.region_name.push(v.region_name);
        data.level.push(v.level);
        data.parent.push(v.parent);
        data.year.push(v.year);
        data.indicator.push(v.indicator);
        data.group.push(v.group);
        data.value.push(v.value);
        data.unit.push(v.unit);
        data.numerator.push(ratio?.numerator ?? null);
        data.denominator.push(ratio?.denominator ?? null);
        data.scale.push(ratio?.scale ?? null);
        data.se.push(v.se);
        data.ci_low.push(v.ci_low);
        data.ci_high.push(v.ci_high);
        data.reliable.push(v.reliable);
        data.presentation.push(v.presentation);
        data.presentation_reasons.push(v.presentation_reasons);
        data.presentation_unchecked.push(v.presentation_unchecked);
        data.origin.push(v.origin);
        data.source.push(v.source);
        data.reported.push(v.reported);
        data.expected.push(v.expected);
        data.coverage.push(v.coverage);
        data.approximate.push(v.approximate);
        data.note.push(v.note);
        if (++n === size) {
          yield VALUES_COLUMNS.map((c) => data[c.name as ValuesColumn]);
          data = emptyBatch();
          n = 0;
        }
      }
      if (n > 0) yield VALUES_COLUMNS.map((c) => data[c.name as ValuesColumn]);
    },
  };
}

function emptyBatch(): Record<ValuesColumn, unknown[]> {
  return Object.fromEntries(VALUES_COLUMNS.map((c) => [c.name, []])) as unknown as Record<ValuesColumn, unknown[]>;
}
