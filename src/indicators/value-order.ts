import { Interner } from '../util/interner.js';
import type { MissingValue } from './derive.js';
import type { Series, ValueStore } from './store.js';

/**
 * The rows of the indicator table, in the order they are printed, as positions in the store:
 * entry i is `cell[i]` of `columns[column[i]]`, or the missing value `missing[cell[i]]` where
 * column[i] is -1. No row objects: a national table has 1.8 million rows (issue 20).
 */
export interface ValueOrder {
  columns: readonly Series[];
  column: Int32Array;
  cell: Int32Array;
  missing: readonly MissingValue[];
  /** Per column, the entry of each of its cells that has a value (else -1). */
  entryOf: readonly Int32Array[];
  /** The store's regions in printed order. */
  regions: Uint32Array;
  readonly length: number;
}

/**
 * Orders every value of the store and every formula that could not be computed as
 * sortByCoordinates orders rows: region, year, indicator, group (texts as `localeCompare` ranks
 * them; distinct texts it holds equal by first sight), a value before the missing rows of the same
 * coordinates. Built by walking regions × years × series in that order, not by sorting entries.
 */
export function orderValues(store: ValueStore, missing: readonly MissingValue[]): ValueOrder {
  const years = store.years.length;
  const stored = [...store.allSeries()];
  // One slot per (indicator, group): a store series, or a formula missing everywhere it was asked for.
  const slots: { indicator: string; group: string; series?: Series; missing?: Map<number, number[]> }[] = stored.map((series) => ({ indicator: series.indicator, group: series.group, series }));
  const slotOf = new Map<string, number>(stored.map((s, i) => [`${s.indicator}\u0000${s.group}`, i]));
  missing.forEach((m, k) => {
    const key = `${m.indicator}\u0000total`;
    let i = slotOf.get(key);
    if (i === undefined) {
      i = slots.length;
      slotOf.set(key, i);
      slots.push({ indicator: m.indicator, group: 'total' });
    }
    const cell = store.cell(store.region(m.region)!, store.year(m.year)!);
    const cells = (slots[i]!.missing ??= new Map());
    const list = cells.get(cell);
    if (list) list.push(k);
    else cells.set(cell, [k]);
  });

  const indicatorIds = new Interner<string>();
  const groupIds = new Interner<string>();
  for (const s of slots) {
    indicatorIds.id(s.indicator);
    groupIds.id(s.group);
  }
  const byText = (a: string, b: string) => a.localeCompare(b);
  const indicatorRank = indicatorIds.ranks(byText);
  const groupRank = groupIds.ranks(byText);
  const slotOrder = slots
    .map((_, i) => i)
    .sort((a, b) => {
      const x = slots[a]!;
      const y = slots[b]!;
      return indicatorRank[indicatorIds.find(x.indicator)!]! - indicatorRank[indicatorIds.find(y.indicator)!]! || groupRank[groupIds.find(x.group)!]! - groupRank[groupIds.find(y.group)!]! || a - b;
    });

  const codes = store.regions.items;
  const regionRank = store.regions.ranks(byText);
  const regions = new Uint32Array(codes.length);
  regionRank.forEach((rank, r) => (regions[rank] = r));

  let length = missing.length;
  for (const s of stored) for (let c = 0; c < s.origin.length; c++) if (s.origin[c] !== 0) length++;
  const column = new Int32Array(length);
  const cell = new Int32Array(length);
  const columns: Series[] = [];
  const columnOf = new Int32Array(slots.length).fill(-1);
  const entryOf: Int32Array[] = [];
  for (const i of slotOrder) {
    const series = slots[i]!.series;
    if (!series) continue;
    columnOf[i] = columns.length;
    columns.push(series);
    entryOf.push(new Int32Array(series.origin.length).fill(-1));
  }
  let e = 0;
  for (const r of regions) {
    for (let y = 0; y < years; y++) {
      const c = r * years + y;
      for (const i of slotOrder) {
        const { series, missing: gaps } = slots[i]!;
        if (series && series.origin[c] !== 0) {
          const k = columnOf[i]!;
          column[e] = k;
          cell[e] = c;
          entryOf[k]![c] = e++;
        }
        const list = gaps?.get(c);
        if (list) {
          for (const m of list) {
            column[e] = -1;
            cell[e++] = m;
          }
        }
      }
    }
  }
  return { columns, column, cell, missing, entryOf, regions, length };
}
