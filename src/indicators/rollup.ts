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
  const present: { code: string; v: StoredValue; w: number }[] = [];
  const missing: string[] = [];
  for (const code of children) {
    const v = store.get(code, year, indicator.id, group);
    const w = indicator.aggregation === 'weighted_mean' ? store.get(code, year, indicator.weight!, 'total')?.value : 1;
    if (v && w !== undefined && w > 0) present.push({ code, v, w });
    else missing.push(code);
  }
  if (present.length === 0) return undefined;
  const values = present.map((p) => p.v.value);
  let value: number;
  if (indicator.aggregation === 'sum') value = values.reduce((a, b) => a + b, 0);
  else if (indicator.aggregation === 'max') value = Math.max(...values);
  else if (indicator.aggregation === 'min') value = Math.min(...values);
  else {
    const total = present.reduce((a, p) => a + p.w, 0);
    value = present.reduce((a, p) => a + p.v.value * p.w, 0) / total;
  }
  const nested = present.flatMap((p) => p.v.coverage?.missing ?? []);
  const allMissing = [...missing, ...nested];
  return {
    value,
    origin: 'rolled_up',
    coverage: { reported: present.length, expected: children.length, missing: allMissing },
    approximate: indicator.aggregation === 'weighted_mean' || present.some((p) => p.v.approximate) || undefined,
  };
}
