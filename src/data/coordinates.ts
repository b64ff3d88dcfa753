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
  const indicator = new Uint32Array(n);
  const group = new Uint32Array(n);
  const order = new Uint32Array(n);
  let minYear = Infinity;
  let maxYear = -Infinity;
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
    indicator[i] = indicatorIds.id(v.indicator);
    group[i] = groupId;
    if (v.year < minYear) minYear = v.year;
    if (v.year > maxYear) maxYear = v.year;
    order[i] = i;
  }
  const years = maxYear - minYear + 1;
  if (n < 2 || !Number.isInteger(years) || !(regionIds.size * years * indicatorIds.size * groupIds.size * n < Number.MAX_SAFE_INTEGER)) {
    return order.sort((a, b) => compareCoordinates(rows[a]!, rows[b]!) || a - b);
  }
  const byText = (a: string, b: string) => a.localeCompare(b);
  const regionRank = regionIds.ranks(byText);
  const indicatorRank = indicatorIds.ranks(byText);
  const groupRank = groupIds.ranks(byText);
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const key = ((regionRank[region[i]!]! * years + (rows[i]!.year - minYear)) * indicatorIds.size + indicatorRank[indicator[i]!]!) * groupIds.size + groupRank[group[i]!]!;
    keys[i] = key * n + i;
  }
  keys.sort();
  for (let i = 0; i < n; i++) order[i] = keys[i]! % n;
  return order;
}
