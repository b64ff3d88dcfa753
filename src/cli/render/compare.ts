import type { Comparison } from '../../evaluate/compare.js';

/** The counts of `compare_summary`: rows in both evaluations, those that changed status, those resting on revised data, added and removed. */
export function compareCounts(c: Comparison): { previous: number; compared: number; changed: number; revised: number; added: number; removed: number } {
  return {
    previous: c.previous_year, compared: c.changes.length, changed: c.changes.filter((x) => x.changed).length,
    revised: c.changes.filter((x) => x.revisions.length > 0).length, added: c.added.length, removed: c.removed.length,
  };
}

/**
 * A compared row's fields as CSV cells: the causes by kind (revised_data;new_data), the revisions
 * as their JSON (the JSON output has them as objects). Other records pass unchanged.
 */
export function flatComparison(record: Record<string, unknown>): Record<string, unknown> {
  if (!('change_causes' in record)) return record;
  const causes = record.change_causes as { kind: string }[] | null;
  const revisions = record.revisions as unknown[] | null;
  return { ...record, change_causes: causes?.map((c) => c.kind).join(';') ?? null, revisions: revisions ? JSON.stringify(revisions) : null };
}
