import type { Issue } from '../errors/index.js';
import type { Observation } from '../data/types.js';
import { toCsv } from '../util/to-csv.js';
import { join } from 'node:path';
import { dataFiles, display, loadTable } from '../data/load.js';
import { parseObservations } from '../data/observations.js';
import { COLLECTED_FILE, acquireLock, writeCollected } from '../workspace/write.js';
import { findWorkspace } from '../workspace/load.js';
import { loadWorkspace } from './workspace.js';

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
    ['地区代码', '年份', '指标编号', '分组', '数值', '标准误', '来源', '备注'],
    // The standard error of a survey share is kept: without it a change cannot be told from sampling error.
    ...rows.map((o) => [o.region, o.year, o.indicator, o.group, o.value, o.se ?? '', o.source ?? o.file, o.note ?? '']),
  ]);
}

export interface CollectOptions {
  /** Folder of returned forms (xlsx, csv). */
  dir: string;
  /** Workspace folder (or a folder inside it). */
  workspace: string;
  /** Take new values where they differ from collected ones. Default: false. */
  acceptNew?: boolean;
  /** The caller's clock, for the workspace lock. */
  now: () => Date;
  /** Told at once of stale locks taken over (WORKSPACE_STALE_LOCK warnings). */
  onLockWarnings?: (warnings: Issue[]) => void;
}

/**
 * `kepu collect`: reads the returned forms, merges them into the workspace's collected file
 * without losing anything (planCollect), and writes the merge. The workspace lock is held from
 * reading the workspace to writing it back, so that a second collect cannot merge into the same
 * old file and drop this one's values. Returns the plan, the collected file and whether it
 * was written.
 */
export async function collectForms(options: CollectOptions): Promise<{ plan: CollectPlan; collected: string; written: boolean }> {
  const lock = acquireLock(findWorkspace(options.workspace), { command: 'collect', now: options.now() });
  try {
    if (lock.warnings.length) options.onLockWarnings?.(lock.warnings);
    const ws = await loadWorkspace(options.workspace, { allowPartial: true });
    const incoming = [];
    for (const file of dataFiles(options.dir)) {
      const table = await loadTable(file);
      if (table.unreadable) {
        incoming.push({ file: display(file), observations: [], issues: table.issues });
        continue;
      }
      const parsed = parseObservations(table.grid, display(file), { indicators: ws.indicators, regions: ws.regions, shareScale: ws.config.share_scale, period: ws.plan.period });
      incoming.push({ file: display(file), observations: parsed.observations, issues: [...table.issues, ...parsed.issues] });
    }
    const collected = display(join(ws.dir, 'data', COLLECTED_FILE));
    const plan = planCollect(incoming, ws.observations, collected, { acceptNew: options.acceptNew });
    const written = plan.added.length > 0 || plan.conflicts.some((c) => c.taken);
    if (written) writeCollected(ws, collectedCsv(plan.rows));
    return { plan, collected, written };
  } finally {
    lock.release();
  }
}
