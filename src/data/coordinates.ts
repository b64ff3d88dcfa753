import { Interner } from '../util/interner.js';

/** Where a figure sits: region, year, indicator and breakdown group. */
export interface Coordinates {
  region: string;
  year: number;
  indicator: string;
  group: string;
}

/** The order of rows everywhere: region, year, indicator, group, texts as `localeCompare` orders them. */
export function compareCoordinates(a: Coordinates, b: Coordinates): number {
  return a.region.localeCompare(b.region) || a.year - b.year || a.indicator.localeCompare(b.indicator) || a.group.localeCompare(b.group);
}

/**
 * Sorts rows in place as compareCoordinates orders them, stably.
 */
export function sortByCoordinates<T extends Coordinates>(rows: T[]): void {
  const order = coordinateOrder(rows);
  const unsorted = rows.slice();
  for (let i = 0; i < order.length; i++) rows[i] = unsorted[order[i]!]!;
}

/**
 * The positions of rows in the order compareCoordinates gives, equals in their given order. Each
 * distinct text is ranked once and the rows are sorted by their ranks packed into one number,
 * with the row's position last: for the two million rows of a national table that is several
 * times faster than calling a comparator of four string comparisons forty million times.
 */
export function coordinateOrder(rows: readonly Coordinates[]): Uint32Array {
  const regionIds = new Interner<string>();
  const indicatorIds = new Interner<string>();
  const groupIds = new Interner<string>();
  const n = rows.length;
  // Plain loops: Uint32Array.from and Array.from with a mapping function are several times slower.
  const region = new Uint32Array(n);
  const year = new Float64Array(n);
  const indicator = new Uint32Array(n);
  const group = new Uint32Array(n);
  // Rows come a region (and mostly a group) at a time: the previous id is reused while the text repeats.
  let lastRegion: string | undefined;
  let lastGroup: string | undefined;
  let regionId = 0;
  let groupId = 0;
  for (let i = 0; i < n; i++) {
    const v = rows[i]!;
    if (v.region !== lastRegion) regionId = regionIds.id((lastRegion = v.region));
    if (v.group !== lastGroup) groupId = groupIds.id((lastGroup = v.group));
    region[i] = regionId;
    year[i] = v.year;
    indicator[i] = indicatorIds.id(v.indicator);
    group[i] = groupId;
  }
  return codedOrder(
    { length: n, region, year, indicator, group, regionCodes: regionIds.items, indicatorIds: indicatorIds.items, groupNames: groupIds.items },
    (a, b) => compareCoordinates(rows[a]!, rows[b]!),
  );
}

/** Rows as columns of numbers: region, indicator and group as indexes into their texts. */
export interface CodedCoordinates {
  length: number;
  region: ArrayLike<number>;
  year: ArrayLike<number>;
  indicator: ArrayLike<number>;
  group: ArrayLike<number>;
  regionCodes: readonly string[];
  indicatorIds: readonly string[];
  groupNames: readonly string[];
}

/**
 * coordinateOrder of rows already held as coded columns (an ObservationTable): the texts are
 * ranked once each, the rows sorted by packed ranks. `compare` orders two rows by their texts,
 * for the rare table whose packed keys would not fit a double.
 */
export function codedOrder(rows: CodedCoordinates, compare: (a: number, b: number) => number): Uint32Array {
  const n = rows.length;
  const order = new Uint32Array(n);
  let minYear = Infinity;
  let maxYear = -Infinity;
  for (let i = 0; i < n; i++) {
    const y = rows.year[i]!;
    if (y < minYear) minYear = y;
    if (y > maxYear) maxYear = y;
    order[i] = i;
  }
  const years = maxYear - minYear + 1;
  const regions = rows.regionCodes.length;
  const indicators = rows.indicatorIds.length;
  const groups = rows.groupNames.length;
  if (n < 2 || !Number.isInteger(years) || !(regions * years * indicators * groups * n < Number.MAX_SAFE_INTEGER)) {
    return order.sort((a, b) => compare(a, b) || a - b);
  }
  const regionRank = ranks(rows.regionCodes);
  const indicatorRank = ranks(rows.indicatorIds);
  const groupRank = ranks(rows.groupNames);
  const region = rows.region;
  const year = rows.year;
  const indicator = rows.indicator;
  const group = rows.group;
  const limit = Math.max(8 * n, 1 << 16);
  // Few possible coordinates for the rows: counting sorts, stable, instead of a comparison sort of
  // n log n. Two passes, by indicator and group and then by region and year (least significant
  // first; a stable pass keeps the order of the one before among equals), each over a short array
  // of counts: a national table's 3.3 million (region, year, indicator, group) cells as one array
  // of counts cost more to clear and add up than the 1.2 million rows cost to place twice.
  if (regions * years <= limit && indicators * groups <= limit) {
    const minor = new Uint32Array(n);
    for (let i = 0; i < n; i++) minor[i] = indicatorRank[indicator[i]!]! * groups + groupRank[group[i]!]!;
    const byMinor = new Uint32Array(n);
    countingPass(minor, indicators * groups, undefined, byMinor);
    const major = minor; // (reused: the minor keys are no longer needed)
    for (let i = 0; i < n; i++) major[i] = regionRank[region[i]!]! * years + (year[i]! - minYear);
    countingPass(major, regions * years, byMinor, order);
    return order;
  }
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = (((regionRank[region[i]!]! * years + (year[i]! - minYear)) * indicators + indicatorRank[indicator[i]!]!) * groups + groupRank[group[i]!]!) * n + i;
  keys.sort();
  for (let i = 0; i < n; i++) order[i] = keys[i]! % n;
  return order;
}

/**
 * One stable counting pass: the rows of `from` (all rows in their order when undefined) written
 * to `to` in the order of their keys (each below `range`), equal keys in the order of `from`.
 */
function countingPass(keys: Uint32Array, range: number, from: Uint32Array | undefined, to: Uint32Array): void {
  const n = keys.length;
  const start = new Int32Array(range + 1);
  for (let i = 0; i < n; i++) start[keys[i]! + 1]!++;
  for (let k = 0; k < range; k++) start[k + 1]! += start[k]!;
  if (from) {
    for (let k = 0; k < n; k++) {
      const i = from[k]!;
      to[start[keys[i]!]!++] = i;
    }
  } else for (let i = 0; i < n; i++) to[start[keys[i]!]!++] = i;
}

/** Each text's position when the texts are sorted as localeCompare orders them. */
function ranks(texts: readonly string[]): Uint32Array {
  const order = texts.map((_, i) => i).sort((a, b) => texts[a]!.localeCompare(texts[b]!));
  const rank = new Uint32Array(order.length);
  order.forEach((id, r) => (rank[id] = r));
  return rank;
}
