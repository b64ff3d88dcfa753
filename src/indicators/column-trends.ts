import { cagr } from './ops/functions.js';
import type { ValueOrder } from './value-order.js';

/** Which of an entry's trend columns hold a number (the others are null). */
export const HAS_CHANGE = 1;
export const HAS_GROWTH = 2;
export const HAS_CAGR = 4;
export const HAS_CUMULATIVE = 8;
export const HAS_RANK = 16;

/** The time and peer columns of every entry of a ValueOrder, as typed columns by entry. */
export interface TrendColumns {
  has: Uint8Array;
  change: Float64Array;
  changeYears: Int32Array;
  growth: Float64Array;
  cagr: Float64Array;
  cumulative: Float64Array;
  rank: Int32Array;
  rankOf: Int32Array;
}

export interface TrendOptions {
  periodStart?: number;
  direction: (id: string) => 'higher' | 'lower';
  isFlow: (id: string) => boolean;
  /** Each store region's parent code, where it has one (peers for ranks share a parent). */
  parent: readonly (string | null | undefined)[];
  years: readonly number[];
}

/**
 * What addTrends (trends.ts) puts on rows, over the store's columns instead: change since the
 * previous year with a value and its growth, compound annual growth since the first, the
 * cumulative sum of flows from the plan period's start, and the rank among regions with the same
 * parent (competition ranking, 1 = best). Same arithmetic in the same order, so every bit is the
 * same; held to addTrends by tests/indicators/columnar-identity.test.ts.
 */
export function columnTrends(order: ValueOrder, options: TrendOptions): TrendColumns {
  const n = order.length;
  const t: TrendColumns = {
    has: new Uint8Array(n),
    change: new Float64Array(n),
    changeYears: new Int32Array(n),
    growth: new Float64Array(n),
    cagr: new Float64Array(n),
    cumulative: new Float64Array(n),
    rank: new Int32Array(n),
    rankOf: new Int32Array(n),
  };
  const { years } = options;
  const yearCount = years.length;
  const peers = peerGroups(order, options);
  order.columns.forEach((series, k) => {
    const entryOf = order.entryOf[k]!;
    const { value, origin } = series;
    const flow = options.isFlow(series.indicator);
    const regionCount = origin.length / yearCount;
    for (let r = 0; r < regionCount; r++) {
      let first = -1;
      let previous = -1;
      let running = 0;
      for (let y = 0; y < yearCount; y++) {
        const c = r * yearCount + y;
        if (origin[c] === 0) continue;
        const e = entryOf[c]!;
        const v = value[c]!;
        if (first < 0) first = c;
        const growth = cagr(value[first]!, v, years[y]! - years[first - r * yearCount]!);
        if (growth !== undefined) {
          t.cagr[e] = growth * 100;
          t.has[e]! |= HAS_CAGR;
        }
        if (previous >= 0) {
          const p = value[previous]!;
          t.change[e] = v - p;
          t.changeYears[e] = years[y]! - years[previous - r * yearCount]!;
          t.has[e]! |= HAS_CHANGE;
          if (p !== 0) {
            t.growth[e] = (v / p - 1) * 100;
            t.has[e]! |= HAS_GROWTH;
          }
        }
        if (flow && (options.periodStart === undefined || years[y]! >= options.periodStart)) {
          running += v;
          t.cumulative[e] = running;
          t.has[e]! |= HAS_CUMULATIVE;
        }
        previous = c;
      }
    }
    rankPeers(order, k, peers, options, t);
  });
  return t;
}

/**
 * The regions that share a parent, each group in printed order (order.regions), groups by first
 * appearance; regions without a parent are ranked among none. The same for every column and year:
 * made once, rather than a map of parents per column and year (a national table's 100 columns ×
 * 15 years × 3,221 regions).
 */
function peerGroups(order: ValueOrder, options: TrendOptions): number[][] {
  const byParent = new Map<string, number[]>();
  for (const r of order.regions) {
    const parent = options.parent[r];
    if (!parent) continue;
    const group = byParent.get(parent);
    if (group) group.push(r);
    else byParent.set(parent, [r]);
  }
  return [...byParent.values()];
}

/** Sorts cells by sign · value, smallest first, by insertion (a short list). */
function sortByValue(cells: number[], value: Float64Array, sign: number): void {
  for (let i = 1; i < cells.length; i++) {
    const c = cells[i]!;
    const v = sign * value[c]!;
    let j = i - 1;
    for (; j >= 0 && sign * value[cells[j]!]! > v; j--) cells[j + 1] = cells[j]!;
    cells[j + 1] = c;
  }
}

/** Ranks each year's values of one column among the regions that share a parent (peerGroups). */
function rankPeers(order: ValueOrder, k: number, groups: readonly (readonly number[])[], options: TrendOptions, t: TrendColumns): void {
  const series = order.columns[k]!;
  const entryOf = order.entryOf[k]!;
  const { value, origin } = series;
  const yearCount = options.years.length;
  const sign = options.direction(series.indicator) === 'higher' ? -1 : 1;
  const byValue = (a: number, b: number) => sign * (value[a]! - value[b]!);
  const peers: number[] = [];
  for (let y = 0; y < yearCount; y++) {
    for (const group of groups) {
      // The peers with a value this year, in printed order, as addTrends met them in the sorted rows.
      peers.length = 0;
      for (const r of group) {
        const c = r * yearCount + y;
        if (origin[c] !== 0) peers.push(c);
      }
      if (peers.length === 0) continue;
      // Peers are a prefecture's counties or a province's prefectures, a dozen or so: sorted in
      // place by insertion, without a comparator call per comparison (Array#sort took a third of
      // the ranking of a national table). Ties may end in either order: they share a rank.
      if (peers.length <= 32) sortByValue(peers, value, sign);
      else peers.sort(byValue);
      let rank = 1;
      for (let i = 0; i < peers.length; i++) {
        const c = peers[i]!;
        if (i > 0 && sign * (value[peers[i - 1]!]! - value[c]!) < 0) rank = i + 1;
        const e = entryOf[c]!;
        t.rank[e] = rank;
        t.rankOf[e] = peers.length;
        t.has[e]! |= HAS_RANK;
      }
    }
  }
}
