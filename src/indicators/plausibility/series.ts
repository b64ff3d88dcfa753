import type { Observation } from '../../data/types.js';
import { Interner, packIds } from '../../util/interner.js';

/**
 * Observations by region, indicator and group, each series sorted by year: what the rules that
 * compare a value with another of the same field look up. Series are in order of first
 * appearance. The string key is made once per series, not per observation: observations are
 * grouped per region under a small-integer (indicator, group) key first (a national workspace
 * has 1.2 M observations and 80,000 series).
 */
export function seriesOf(observations: readonly Observation[]): Map<string, Observation[]> {
  const indicatorIds = new Interner<string>();
  const groupIds = new Interner<string>();
  const byRegion = new Map<string, Map<number, Observation[]>>();
  const made: { region: string; list: Observation[] }[] = [];
  for (const o of observations) {
    let lists = byRegion.get(o.region);
    if (!lists) byRegion.set(o.region, (lists = new Map()));
    const key = packIds(indicatorIds.id(o.indicator), groupIds.id(o.group));
    const list = lists.get(key);
    if (list) list.push(o);
    else {
      const created = [o];
      lists.set(key, created);
      made.push({ region: o.region, list: created });
    }
  }
  const series = new Map<string, Observation[]>();
  for (const { region, list } of made) {
    list.sort((a, b) => a.year - b.year);
    series.set(seriesKey(region, list[0]!.indicator, list[0]!.group), list);
  }
  return series;
}

export function seriesKey(region: string, indicator: string, group: string): string {
  return `${region}|${indicator}|${group}`;
}
