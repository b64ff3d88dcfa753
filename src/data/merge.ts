import type { Issue } from '../errors/index.js';
import { issue } from '../errors/index.js';
import type { Observation } from './types.js';

/**
 * Joins observations from several files. The same region-year-field-group reported twice with the
 * same value is kept once; with different values it is an error naming both places, and neither
 * value is used until the user decides. Output is sorted by region, year, indicator, group.
 */
export function mergeObservations(lists: readonly Observation[][]): { observations: Observation[]; issues: Issue[] } {
  const byKey = new Map<string, Observation>();
  const conflicted = new Set<string>();
  const issues: Issue[] = [];
  for (const o of lists.flat()) {
    const key = `${o.region}|${o.year}|${o.indicator}|${o.group}`;
    const first = byKey.get(key);
    if (!first) {
      byKey.set(key, o);
      continue;
    }
    if (first.value === o.value) continue;
    conflicted.add(key);
    issues.push(
      issue(
        'DATA_DUPLICATE',
        { region: o.region, year: o.year, field: o.indicator, value: o.value, other: first.value, first: `${first.file}:${first.row}` },
        { file: o.file, row: o.row, column: o.column },
      ),
    );
  }
  const observations = [...byKey.entries()]
    .filter(([key]) => !conflicted.has(key))
    .map(([, o]) => o)
    .sort(compareObservations);
  return { observations, issues };
}

export function compareObservations(a: Observation, b: Observation): number {
  return a.region.localeCompare(b.region) || a.year - b.year || a.indicator.localeCompare(b.indicator) || a.group.localeCompare(b.group);
}
