import type { Regions } from '../data/types.js';
import { cagr } from './ops/functions.js';
import type { IndicatorValue } from './types.js';

/**
 * Adds the time and peer columns to computed values, in place: change since the previous
 * observed year and its growth rate; compound annual growth since the first observed year; the cumulative sum over the plan period for flows
 * (person-times trained 2021–2025); the rank among sibling regions (1 = best, by direction).
 */
export function addTrends(
  values: IndicatorValue[],
  regions: Regions,
  options: { periodStart?: number; direction: (id: string) => 'higher' | 'lower'; isFlow: (id: string) => boolean },
): void {
  const series = new Map<string, IndicatorValue[]>();
  for (const v of values) {
    const key = `${v.region}|${v.indicator}|${v.group}`;
    series.set(key, [...(series.get(key) ?? []), v]);
  }
  for (const list of series.values()) {
    list.sort((a, b) => a.year - b.year);
    let previous: IndicatorValue | undefined;
    let first: IndicatorValue | undefined;
    let running = 0;
    for (const v of list) {
      if (v.value === null) continue;
      first ??= v;
      const growth = cagr(first.value!, v.value, v.year - first.year);
      v.cagr = growth === undefined ? null : growth * 100;
      if (previous && previous.value !== null) {
        v.change = v.value - previous.value;
        v.change_years = v.year - previous.year;
        v.growth = previous.value !== 0 ? (v.value / previous.value - 1) * 100 : null;
      }
      if (options.isFlow(v.indicator) && (options.periodStart === undefined || v.year >= options.periodStart)) {
        running += v.value;
        v.cumulative = running;
      }
      previous = v;
    }
  }
  const peers = new Map<string, IndicatorValue[]>();
  for (const v of values) {
    const parent = regions.byCode.get(v.region)?.parent;
    if (!parent || v.value === null) continue;
    const key = `${parent}|${v.year}|${v.indicator}|${v.group}`;
    peers.set(key, [...(peers.get(key) ?? []), v]);
  }
  for (const group of peers.values()) {
    const sign = options.direction(group[0]!.indicator) === 'higher' ? -1 : 1;
    const sorted = [...group].sort((a, b) => sign * (a.value! - b.value!));
    sorted.forEach((v) => {
      // Ties share the better rank (competition ranking: 1, 2, 2, 4).
      v.rank = 1 + sorted.filter((o) => sign * (o.value! - v.value!) < 0).length;
      v.rank_of = sorted.length;
    });
  }
}
