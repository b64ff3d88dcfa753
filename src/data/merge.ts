import type { Issue } from '../errors/index.js';
import { issue } from '../errors/index.js';
import type { Coordinates } from './coordinates.js';
import { codedOrder, compareCoordinates, coordinateOrder } from './coordinates.js';
import type { ObservationTable } from './observation-table.js';
import type { Observation } from './types.js';

/**
 * Joins observations from several files. The same region-year-field-group reported twice with the
 * same value is kept once; with different values it is an error naming both places, and neither
 * value is used until the user decides. Output is sorted by region, year, indicator, group.
 *
 * The observations are put in that order first (coordinateOrder: equal coordinates stay in the
 * order they were read), so the reports of one figure sit side by side and the first read comes
 * first: one sort instead of a map lookup per observation, which at a national workspace's 1.2 M
 * observations was a third of reading them.
 */
export function mergeObservations(lists: readonly Observation[][]): { observations: Observation[]; issues: Issue[] } {
  const all: Observation[] = [];
  for (const list of lists) for (const o of list) all.push(o);
  const order = coordinateOrder(all);
  const observations: Observation[] = [];
  const duplicates: number[] = [];
  for (let i = 0; i < order.length; ) {
    const first = all[order[i]!]!;
    let conflicted = false;
    let j = i + 1;
    for (; j < order.length; j++) {
      const o = all[order[j]!]!;
      if (o.region !== first.region || o.year !== first.year || o.indicator !== first.indicator || o.group !== first.group) break;
      if (o.value === first.value) continue;
      conflicted = true;
      duplicates.push(order[j]!, order[i]!);
    }
    if (!conflicted) observations.push(first);
    i = j;
  }
  // Each conflict is reported where the later figure was read, in reading order.
  const pairs: [later: number, first: number][] = [];
  for (let k = 0; k < duplicates.length; k += 2) pairs.push([duplicates[k]!, duplicates[k + 1]!]);
  pairs.sort((a, b) => a[0] - b[0]);
  const issues = pairs.map(([later, earlier]) => {
    const o = all[later]!;
    const first = all[earlier]!;
    return issue(
      'DATA_DUPLICATE',
      { region: o.region, year: o.year, field: o.indicator, value: o.value, other: first.value, first: `${first.file}:${first.row}` },
      { file: o.file, row: o.row, column: o.column },
    );
  });
  return { observations, issues };
}

/**
 * mergeObservations over a table: the same order, the same figures kept and the same
 * DATA_DUPLICATE issues, with the coordinates compared as numbers (one dictionary per table).
 */
export function mergeObservationTable(table: ObservationTable): { table: ObservationTable; issues: Issue[] } {
  const { region, year, indicator, group, value } = table;
  const order = codedOrder(table, (a, b) => compareCoordinates(coordinatesOf(table, a), coordinatesOf(table, b)));
  const kept = new Uint32Array(order.length);
  let count = 0;
  const duplicates: number[] = [];
  for (let i = 0; i < order.length; ) {
    const f = order[i]!;
    let conflicted = false;
    let j = i + 1;
    for (; j < order.length; j++) {
      const o = order[j]!;
      if (region[o] !== region[f] || year[o] !== year[f] || indicator[o] !== indicator[f] || group[o] !== group[f]) break;
      if (value[o] === value[f]) continue;
      conflicted = true;
      duplicates.push(o, f);
    }
    if (!conflicted) kept[count++] = f;
    i = j;
  }
  const pairs: [later: number, first: number][] = [];
  for (let k = 0; k < duplicates.length; k += 2) pairs.push([duplicates[k]!, duplicates[k + 1]!]);
  pairs.sort((a, b) => a[0] - b[0]);
  const issues = pairs.map(([later, earlier]) => {
    const o = table.at(later);
    const first = table.at(earlier);
    return issue(
      'DATA_DUPLICATE',
      { region: o.region, year: o.year, field: o.indicator, value: o.value, other: first.value, first: `${first.file}:${first.row}` },
      { file: o.file, row: o.row, column: o.column },
    );
  });
  return { table: table.select(kept.subarray(0, count)), issues };
}

function coordinatesOf(table: ObservationTable, i: number): Coordinates {
  return { region: table.regionCodes[table.region[i]!]!, year: table.year[i]!, indicator: table.indicatorIds[table.indicator[i]!]!, group: table.groupNames[table.group[i]!]! };
}
