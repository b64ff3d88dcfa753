import type { Issue } from '../errors/index.js';
import { issue } from '../errors/index.js';
import { CoordinateMap, sortByCoordinates } from './coordinates.js';
import type { Observation } from './types.js';

/**
 * Joins observations from several files. The same region-year-field-group reported twice with the
 * same value is kept once; with different values it is an error naming both places, and neither
 * value is used until the user decides. Output is sorted by region, year, indicator, group.
 */
export function mergeObservations(lists: readonly Observation[][]): { observations: Observation[]; issues: Issue[] } {
  const byKey = new CoordinateMap<Observation>();
  const conflicted = new CoordinateMap<true>();
  const issues: Issue[] = [];
  for (const list of lists) {
    for (const o of list) {
      const first = byKey.get(o.region, o.year, o.indicator, o.group);
      if (!first) {
        byKey.set(o.region, o.year, o.indicator, o.group, o);
        continue;
      }
      if (first.value === o.value) continue;
      conflicted.set(o.region, o.year, o.indicator, o.group, true);
      issues.push(
        issue(
          'DATA_DUPLICATE',
          { region: o.region, year: o.year, field: o.indicator, value: o.value, other: first.value, first: `${first.file}:${first.row}` },
          { file: o.file, row: o.row, column: o.column },
        ),
      );
    }
  }
  const observations: Observation[] = [];
  for (const [, o] of byKey.entries()) if (!conflicted.has(o.region, o.year, o.indicator, o.group)) observations.push(o);
  sortByCoordinates(observations);
  return { observations, issues };
}
