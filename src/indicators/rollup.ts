import type { Regions } from '../data/types.js';
import { bottomUp } from '../data/regions.js';
import type { Series, ValueStore } from './store.js';
import { ROLLED_UP } from './store.js';
import type { Indicator } from './types.js';

/**
 * Fills in parent regions' input values from their children's, region by region from the
 * bottom up, by each indicator's aggregation rule (DOMAIN.md "Rolling up regions"):
 * sum for counts and money; a population-weighted mean for survey shares known only by district
 * (flagged approximate); max / min. A parent's own observed value always wins. A parent with
 * some children missing gets the value of those that reported and a coverage flag (7 of 8);
 * "not reported" is never counted as zero. Loops over the store's columns: no object per value.
 */
export function rollUpInputs(store: ValueStore, regions: Regions, inputs: readonly Indicator[]): void {
  const rollable = inputs.filter((i) => ['sum', 'weighted_mean', 'max', 'min'].includes(i.aggregation));
  const years = store.years.length;
  // The series of each indicator and the years each has values in, before anything is rolled up.
  const plans = rollable.flatMap((indicator) =>
    store.seriesOf(indicator.id).map((series) => ({ indicator, series, years: yearsWithValues(series, years) })),
  );
  for (const parent of bottomUp(regions)) {
    const children = regions.children.get(parent.code) ?? [];
    if (children.length === 0) continue;
    const p = store.region(parent.code)!;
    const rows = children.map((c) => store.region(c.code)!);
    const codes = children.map((c) => c.code);
    for (const { indicator, series, years: withValues } of plans) {
      const weights = indicator.aggregation === 'weighted_mean' ? store.series(indicator.weight!, 'total') : undefined;
      for (const y of withValues) {
        const cell = p * years + y;
        if (series.has(cell)) continue;
        aggregate(series, weights, indicator, rows, codes, years, y, cell);
      }
    }
  }
}

/** The year indexes in which a series has any value. */
function yearsWithValues(series: Series, years: number): number[] {
  const seen = new Uint8Array(years);
  for (let cell = 0; cell < series.origin.length; cell++) if (series.origin[cell] !== 0) seen[cell % years] = 1;
  const out: number[] = [];
  for (let y = 0; y < years; y++) if (seen[y]) out.push(y);
  return out;
}

/**
 * Aggregates the children's values of one series and year into the parent's cell; leaves it
 * empty if no child reported. The sums run in the children's order, as a reduce over them would.
 */
function aggregate(series: Series, weights: Series | undefined, indicator: Indicator, children: readonly number[], codes: readonly string[], years: number, y: number, target: number): void {
  const weighted = indicator.aggregation === 'weighted_mean';
  let reported = 0;
  let sum = 0;
  let total = 0;
  let max = -Infinity;
  let min = Infinity;
  let approximate = weighted;
  const missing: string[] = [];
  let nested: string[] | undefined;
  for (let k = 0; k < children.length; k++) {
    const cell = children[k]! * years + y;
    const w = !weighted ? 1 : weights?.has(cell) ? weights.value[cell]! : undefined;
    if (!series.has(cell) || w === undefined || !(w > 0)) {
      missing.push(codes[k]!);
      continue;
    }
    const v = series.value[cell]!;
    reported++;
    sum += weighted ? v * w : v;
    total += w;
    max = Math.max(max, v);
    min = Math.min(min, v);
    if (series.isApproximate(cell)) approximate = true;
    const childMissing = series.missing?.get(cell);
    if (childMissing?.length) (nested ??= []).push(...childMissing);
  }
  if (reported === 0) return;
  series.value[target] = indicator.aggregation === 'max' ? max : indicator.aggregation === 'min' ? min : weighted ? sum / total : sum;
  series.origin[target] = ROLLED_UP;
  series.setCoverage(target, { reported, expected: children.length, missing: nested ? [...missing, ...nested] : missing });
  series.setApproximate(target, approximate);
}
