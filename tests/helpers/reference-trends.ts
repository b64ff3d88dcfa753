// The trend columns as the object-per-value computation added them (src/indicators/trends.ts
// before issue 20's column trends), kept verbatim as the reference for columnar-identity.test.ts.
import type { Regions } from '../../src/data/types.js';
import { Interner, packIds } from '../../src/util/interner.js';
import { cagr } from '../../src/indicators/ops/functions.js';
import type { IndicatorValue } from '../../src/indicators/types.js';

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
  // Rows are grouped under a small-integer key of (indicator, group) or (year, indicator, group)
  // inside a map per region or parent: a national table has millions of rows, and a concatenated
  // string key per row was the costliest part of this function.
  const indicatorIds = new Interner<string>();
  const groupIds = new Interner<string>();
  const yearIds = new Interner<number>();
  const seriesKey = (v: IndicatorValue) => packIds(indicatorIds.id(v.indicator), groupIds.id(v.group));

  for (const series of groupRows(values, (v) => v.region, seriesKey)) {
    series.sort((a, b) => a.year - b.year);
    const flow = options.isFlow(series[0]!.indicator);
    let previous: IndicatorValue | undefined;
    let first: IndicatorValue | undefined;
    let running = 0;
    for (const v of series) {
      if (v.value === null) continue;
      first ??= v;
      const growth = cagr(first.value!, v.value, v.year - first.year);
      v.cagr = growth === undefined ? null : growth * 100;
      if (previous && previous.value !== null) {
        v.change = v.value - previous.value;
        v.change_years = v.year - previous.year;
        v.growth = previous.value !== 0 ? (v.value / previous.value - 1) * 100 : null;
      }
      if (flow && (options.periodStart === undefined || v.year >= options.periodStart)) {
        running += v.value;
        v.cumulative = running;
      }
      previous = v;
    }
  }

  const ranked = values.filter((v) => v.value !== null && regions.byCode.get(v.region)?.parent);
  const peerKey = (v: IndicatorValue) => packIds(packIds(yearIds.id(v.year), indicatorIds.id(v.indicator)), groupIds.id(v.group));
  for (const peers of groupRows(ranked, (v) => regions.byCode.get(v.region)!.parent!, peerKey)) {
    const sign = options.direction(peers[0]!.indicator) === 'higher' ? -1 : 1;
    peers.sort((a, b) => sign * (a.value! - b.value!));
    // Ties share the better rank (competition ranking: 1, 2, 2, 4): a region's rank is one more
    // than the number of peers strictly better, i.e. the position of the first of its equals.
    let rank = 1;
    peers.forEach((v, i) => {
      if (i > 0 && sign * (peers[i - 1]!.value! - v.value!) < 0) rank = i + 1;
      v.rank = rank;
      v.rank_of = peers.length;
    });
  }
}

/** Rows grouped by an outer string key and an inner numeric key, in order of first appearance. */
function groupRows(values: readonly IndicatorValue[], outer: (v: IndicatorValue) => string, inner: (v: IndicatorValue) => number): IndicatorValue[][] {
  const groups = new Map<string, Map<number, IndicatorValue[]>>();
  for (const v of values) {
    const o = outer(v);
    let byInner = groups.get(o);
    if (!byInner) groups.set(o, (byInner = new Map()));
    const k = inner(v);
    const list = byInner.get(k);
    if (list) list.push(v);
    else byInner.set(k, [v]);
  }
  return [...groups.values()].flatMap((m) => [...m.values()]);
}
