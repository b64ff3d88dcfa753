import type { Issue } from '../errors/index.js';
import type { Observation } from '../data/types.js';
import { toCsv } from '../util/to-csv.js';

/** The outcome of reading one returned form. */
export interface FormResult {
  file: string;
  accepted: number;
  rejected: Issue[];
}

/** A returned value that differs from one the workspace already has. */
export interface Conflict {
  incoming: Observation;
  existing: Observation;
  /** Whether the new value was taken (--accept-new and the old value lives in the collected file). */
  taken: boolean;
}

export interface CollectPlan {
  forms: FormResult[];
  /** Values new to the workspace. */
  added: Observation[];
  /** Values the workspace already had, identically. */
  unchanged: number;
  conflicts: Conflict[];
  /** The rows of the collected file after the merge. */
  rows: Observation[];
}

/** The long CSV kepu keeps of collected values (data/collected.csv), read back like any data file. */
export const COLLECTED_FILE = 'collected.csv';

/**
 * Merges returned form values into the workspace without losing anything: a value the workspace
 * lacks is added; one it has identically is skipped; one it has differently is a conflict, shown
 * and not applied unless `acceptNew`, and even then only when the old value came from the
 * collected file itself (a value typed into another data file must be corrected there). Pure.
 */
export function planCollect(
  incoming: readonly { file: string; observations: Observation[]; issues: Issue[] }[],
  existing: readonly Observation[],
  collectedFile: string,
  options: { acceptNew?: boolean } = {},
): CollectPlan {
  const key = (o: Observation) => `${o.region}|${o.year}|${o.indicator}|${o.group}`;
  const have = new Map(existing.map((o) => [key(o), o]));
  const rows = new Map(existing.filter((o) => o.file === collectedFile).map((o) => [key(o), o]));
  const added: Observation[] = [];
  const conflicts: Conflict[] = [];
  let unchanged = 0;
  for (const form of incoming) {
    for (const o of form.observations) {
      const old = have.get(key(o));
      if (!old) {
        added.push(o);
        rows.set(key(o), o);
        have.set(key(o), o);
      } else if (old.value === o.value) unchanged++;
      else {
        const taken = Boolean(options.acceptNew) && old.file === collectedFile;
        if (taken) rows.set(key(o), o);
        conflicts.push({ incoming: o, existing: old, taken });
      }
    }
  }
  const sorted = [...rows.values()].sort((a, b) => a.region.localeCompare(b.region) || a.year - b.year || a.indicator.localeCompare(b.indicator));
  return {
    forms: incoming.map((f) => ({ file: f.file, accepted: f.observations.length, rejected: f.issues.filter((i) => i.severity === 'error') })),
    added, unchanged, conflicts, rows: sorted,
  };
}

/** The collected file's text: long form, read back like any data file. */
export function collectedCsv(rows: readonly Observation[]): string {
  return toCsv([
    ['地区代码', '年份', '指标编号', '分组', '数值', '来源', '备注'],
    ...rows.map((o) => [o.region, o.year, o.indicator, o.group, o.value, o.source ?? o.file, o.note ?? '']),
  ]);
}
