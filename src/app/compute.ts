import type { Issue } from '../errors/index.js';
import { InputError } from '../errors/index.js';
import { toParquet } from '../export/parquet.js';
import { valuesTable } from '../export/values-table.js';
import { computeIndicatorTable } from '../indicators/compute.js';
import type { Indicator, IndicatorValue } from '../indicators/types.js';
import type { Lang } from '../util/lang.js';
import type { InputOptions } from './inputs.js';
import { loadTaskInputs } from './inputs.js';
import { workspaceUnitFigures } from './responsibility.js';
import { lap } from '../util/timing.js';

export interface ComputeValuesOptions extends InputOptions {
  /** Only this year. Default: every year. */
  year?: number;
  /** Only this region (code or name). Default: every region. */
  region?: string;
  /** Only this indicator. Default: every indicator. */
  indicator?: string;
  /** Output language when the user chose one; else the workspace's `lang`, else zh. */
  lang?: Lang;
}

/**
 * `kepu compute`: indicator values for every region and year, rolled up and derived, then
 * filtered to what was asked for. Returns the values, the definitions they are values of, the
 * warnings of loading (the bad rows skipped with allowPartial among them) and the language.
 */
export async function computeValues(options: ComputeValuesOptions): Promise<{ values: IndicatorValue[]; indicators: ReadonlyMap<string, Indicator>; issues: Issue[]; lang: Lang }> {
  const { rows, ...rest } = await computeValueRows(options);
  return { values: [...rows()], ...rest };
}

/**
 * The same values, each row made as it is read (`rows()` may be called again): what `kepu compute`
 * writes, so that a national table of 1.8 million rows is never held at once (issue 20). With
 * `reuse`, every row is one object written over (IndicatorTable.rows), for a writer that is done
 * with each row before the next.
 */
export async function computeValueRows(options: ComputeValuesOptions): Promise<{ rows: (options?: { reuse?: boolean }) => Iterable<IndicatorValue>; indicators: ReadonlyMap<string, Indicator>; issues: Issue[]; lang: Lang }> {
  const { inputs, table } = await computeAll(options, true);
  const shown = shownBy(options);
  // (Unfiltered, the table's own rows, without a second generator stepped for each of 1.6 million.)
  const rows = shown
    ? function* (reading?: { reuse?: boolean }): Generator<IndicatorValue> {
        for (const v of table.rows(reading)) if (shown(v)) yield v;
      }
    : (reading?: { reuse?: boolean }) => table.rows(reading);
  return { rows, indicators: inputs.indicators, issues: inputs.issues, lang: options.lang ?? inputs.workspace?.config.lang ?? 'zh' };
}

/**
 * `kepu compute --format parquet`: the same values as a Parquet file of schema kepu-values/2
 * (src/export/values-table.ts, docs/scale.md), with the numerator and denominator of every
 * ratio value so that other engines can redo the roll-up. Without the trend columns (change,
 * growth, rank …), which an engine computes with window functions. Returns the file's bytes,
 * the loading warnings and the language.
 */
export async function computeValuesParquet(options: ComputeValuesOptions): Promise<{ bytes: Uint8Array; issues: Issue[]; lang: Lang }> {
  const { inputs, table } = await computeAll(options, false);
  // Rows are made from the value columns a row group at a time, never held as 1.8 M objects.
  const exported = valuesTable(table, inputs.regions, inputs.indicators, shownBy(options));
  return { bytes: await toParquet(exported), issues: inputs.issues, lang: options.lang ?? inputs.workspace?.config.lang ?? 'zh' };
}

/** Every value of every region and year (a refused computation thrown as the user's error). */
async function computeAll(options: ComputeValuesOptions, trends: boolean) {
  const inputs = await loadTaskInputs(options);
  const { table, issues } = computeIndicatorTable({
    regions: inputs.regions, observations: inputs.observationTable ?? inputs.observations, indicators: inputs.indicators,
    periodStart: inputs.workspace?.plan.period.start,
    contributions: inputs.workspace ? workspaceUnitFigures(inputs.workspace).contributions : undefined,
    trends,
  });
  if (issues.length) throw new InputError(issues);
  lap('indicators');
  return { inputs, table };
}

/** The rows asked for: a year, a region (code or name), an indicator; undefined when every row is. */
function shownBy(options: ComputeValuesOptions): ((v: IndicatorValue) => boolean) | undefined {
  if (options.year === undefined && !options.region && !options.indicator) return undefined;
  return (v) =>
    (options.year === undefined || v.year === options.year) &&
    (!options.region || v.region === options.region || v.region_name === options.region) &&
    (!options.indicator || v.indicator === options.indicator);
}
