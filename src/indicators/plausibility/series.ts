import type { Observation } from '../../data/types.js';

/**
 * Observations by region, indicator and group, each series sorted by year: what the rules that
 * compare a value with another of the same field look up.
 */
export function seriesOf(observations: readonly Observation[]): Map<string, Observation[]> {
  const series = new Map<string, Observation[]>();
  for (const o of observations) {
    const key = seriesKey(o.region, o.indicator, o.group);
    const list = series.get(key);
    if (list) list.push(o);
    else series.set(key, [o]);
  }
  for (const list of series.values()) list.sort((a, b) => a.year - b.year);
  return series;
}

export function seriesKey(region: string, indicator: string, group: string): string {
  return `${region}|${indicator}|${group}`;
}
