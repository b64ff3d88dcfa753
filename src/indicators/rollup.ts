import type { Regions } from '../data/types.js';
import { bottomUp } from '../data/regions.js';
import type { StoredValue } from './store.js';
import type { ValueStore } from './store.js';
import type { Indicator } from './types.js';

/**
 * Fills in parent regions' input values from their children's, region by region from the
 * bottom up, by each indicator's aggregation rule (DOMAIN.md "Rolling up regions"):
 * sum for counts and money; a population-weighted mean for survey shares known only by district
 * (flagged approximate); max / min. A parent's own observed value always wins. A parent with
 * some children missing gets the value of those that reported and a coverage flag (7 of 8);
 * "not reported" is never counted as zero.
 */
export function rollUpInputs(store: ValueStore, regions: Regions, inputs: readonly Indicator[]): void {
  const rollable = inputs.filter((i) => ['sum', 'weighted_mean', 'max', 'min'].includes(i.aggregation));
  // The (year, group) pairs each indicator has values for, before anything is rolled up.
  const combos = new Map(rollable.map((i) => [i.id, store.combos(i.id)]));
  for (const parent of bottomUp(regions)) {
    const children = (regions.children.get(parent.code) ?? []).map((c) => c.code);
    if (children.length === 0) continue;
    for (const indicator of rollable) {
      for (const { year, group } of combos.get(indicator.id)!) {
        if (store.has(parent.code, year, indicator.id, group)) continue;
        const rolled = aggregate(store, indicator, children, year, group);
        if (rolled) store.set(parent.code, year, indicator.id, group, rolled);
      }
    }
  }
}

/** Aggregates the children's values of one indicator, year and group; undefined if none reported. */
export function aggregate(store: ValueStore, indicator: Indicator, children: readonly string[], year: number, group: string): StoredValue | undefined {
  // One pass, no object per child: a national roll-up makes this call a few hundred thousand times.
  // The sums run in the children's order, as a reduce over them would.
  const weighted = indicator.aggregation === 'weighted_mean';
  let reported = 0;
  let sum = 0;
  let weights = 0;
  let max = -Infinity;
  let min = Infinity;
  let approximate = weighted;
  const missing: string[] = [];
  let nested: string[] | undefined;
  for (const code of children) {
    const v = store.get(code, year, indicator.id, group);
    const w = weighted ? store.get(code, year, indicator.weight!, 'total')?.value : 1;
    if (!v || w === undefined || !(w > 0)) {
      missing.push(code);
      continue;
    }
    reported++;
    sum += weighted ? v.value * w : v.value;
    weights += w;
    max = Math.max(max, v.value);
    min = Math.min(min, v.value);
    if (v.approximate) approximate = true;
    if (v.coverage?.missing.length) (nested ??= []).push(...v.coverage.missing);
  }
  if (reported === 0) return undefined;
  const value = indicator.aggregation === 'max' ? max : indicator.aggregation === 'min' ? min : weighted ? sum / weights : sum;
  return {
    value,
    origin: 'rolled_up',
    coverage: { reported, expected: children.length, missing: nested ? [...missing, ...nested] : missing },
    approximate: approximate || undefined,
  };
}
