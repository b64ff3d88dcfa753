import { Interner, packIds, unpackIds } from '../util/interner.js';

/** Where a figure sits: region, year, indicator and breakdown group. */
export interface Coordinates {
  region: string;
  year: number;
  indicator: string;
  group: string;
}

/**
 * A map keyed by coordinates. Each coordinate is numbered on first sight (Interner) and a value
 * is found through two small-integer keys, (indicator, group) then (region, year): a national
 * workspace makes millions of lookups, and building and hashing a `region|year|indicator|group`
 * string for each was the largest cost of reading and rolling up its data.
 */
export class CoordinateMap<V> {
  private readonly regions = new Interner<string>();
  private readonly years = new Interner<number>();
  private readonly indicators = new Interner<string>();
  private readonly groups = new Interner<string>();
  /** (indicator, group) → (region, year) → value, in order of first insertion. */
  private readonly series = new Map<number, Map<number, V>>();

  get(region: string, year: number, indicator: string, group: string): V | undefined {
    const i = this.indicators.find(indicator);
    const g = this.groups.find(group);
    const r = this.regions.find(region);
    const y = this.years.find(year);
    if (i === undefined || g === undefined || r === undefined || y === undefined) return undefined;
    return this.series.get(packIds(i, g))?.get(packIds(r, y));
  }

  set(region: string, year: number, indicator: string, group: string, value: V): void {
    const key = packIds(this.indicators.id(indicator), this.groups.id(group));
    let values = this.series.get(key);
    if (!values) this.series.set(key, (values = new Map()));
    values.set(packIds(this.regions.id(region), this.years.id(year)), value);
  }

  has(region: string, year: number, indicator: string, group: string): boolean {
    return this.get(region, year, indicator, group) !== undefined;
  }

  /** The (year, group) pairs an indicator has any value for, by year then group. */
  combos(indicator: string): { year: number; group: string }[] {
    const i = this.indicators.find(indicator);
    const out: { year: number; group: string }[] = [];
    for (const [key, values] of this.series) {
      const [keyIndicator, g] = unpackIds(key);
      if (keyIndicator !== i) continue;
      const years = new Set<number>();
      for (const ry of values.keys()) years.add(unpackIds(ry)[1]);
      for (const y of years) out.push({ year: this.years.items[y]!, group: this.groups.items[g]! });
    }
    return out.sort((a, b) => a.year - b.year || a.group.localeCompare(b.group));
  }

  /** Every value with its coordinates, grouped by indicator and group. */
  *entries(): IterableIterator<[Coordinates, V]> {
    for (const [key, values] of this.series) {
      const [i, g] = unpackIds(key);
      const indicator = this.indicators.items[i]!;
      const group = this.groups.items[g]!;
      for (const [ry, value] of values) {
        const [r, y] = unpackIds(ry);
        yield [{ region: this.regions.items[r]!, year: this.years.items[y]!, indicator, group }, value];
      }
    }
  }
}

/** The order of rows everywhere: region, year, indicator, group, texts as `localeCompare` orders them. */
export function compareCoordinates(a: Coordinates, b: Coordinates): number {
  return a.region.localeCompare(b.region) || a.year - b.year || a.indicator.localeCompare(b.indicator) || a.group.localeCompare(b.group);
}

/**
 * Sorts rows in place as compareCoordinates orders them, stably. Each distinct text is ranked
 * once and the rows are sorted by their ranks packed into one number, with the row's position
 * last: for the two million rows of a national table that is several times faster than calling
 * a comparator of four string comparisons forty million times.
 */
export function sortByCoordinates<T extends Coordinates>(rows: T[]): void {
  const regionIds = new Interner<string>();
  const indicatorIds = new Interner<string>();
  const groupIds = new Interner<string>();
  const n = rows.length;
  // Plain loops: Uint32Array.from and Array.from with a mapping function are several times slower.
  const region = new Uint32Array(n);
  const indicator = new Uint32Array(n);
  const group = new Uint32Array(n);
  let minYear = Infinity;
  let maxYear = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = rows[i]!;
    region[i] = regionIds.id(v.region);
    indicator[i] = indicatorIds.id(v.indicator);
    group[i] = groupIds.id(v.group);
    if (v.year < minYear) minYear = v.year;
    if (v.year > maxYear) maxYear = v.year;
  }
  const years = maxYear - minYear + 1;
  if (n < 2 || !Number.isInteger(years) || !(regionIds.size * years * indicatorIds.size * groupIds.size * n < Number.MAX_SAFE_INTEGER)) {
    rows.sort(compareCoordinates);
    return;
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
  const unsorted = rows.slice();
  for (let i = 0; i < n; i++) rows[i] = unsorted[keys[i]! % n]!;
}
