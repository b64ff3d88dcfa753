import type { Issue } from '../errors/index.js';
import type { Observation } from '../data/types.js';
import { toCsv } from '../util/to-csv.js';
import { join } from 'node:path';
import { dataFiles, display, loadTable } from '../data/load.js';
import { parseObservations } from '../data/observations.js';
import type { TaskReport } from '../data/task-reports.js';
import { TASK_STATE_WORDS, isTaskLedger, parseTaskReports } from '../data/task-reports.js';
import type { UnitFigure } from '../data/unit-figures.js';
import { hasUnitColumn, parseUnitFigures } from '../data/unit-figures.js';
import { UNIT_FIGURES_DIR } from '../workspace/load-unit-figures.js';
import { TASK_LEDGER_DIR } from '../workspace/load-paths.js';
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
export interface Conflict<T extends Returned = Observation> {
  incoming: T;
  existing: T;
  /** Whether the new value was taken (--accept-new and the old value lives in the collected file). */
  taken: boolean;
}

/** Anything a returned form yields: a located row. */
export interface Returned {
  file: string;
  row: number;
}

export interface CollectPlan<T extends Returned = Observation> {
  forms: FormResult[];
  /** Values new to the workspace. */
  added: T[];
  /** Values the workspace already had, identically. */
  unchanged: number;
  conflicts: Conflict<T>[];
  /** The rows of the collected file after the merge. */
  rows: T[];
}

/** What identifies a returned row, when two are the same, and the collected file's order. */
export interface MergeRules<T> {
  key: (x: T) => string;
  same: (a: T, b: T) => boolean;
  order: (a: T, b: T) => number;
}

/**
 * Merges returned rows into what the workspace has without losing anything: a row the workspace
 * lacks is added; one it has identically is skipped; one it has differently is a conflict, shown
 * and not applied unless `acceptNew`, and even then only when the old row came from the collected
 * file itself (a value typed into another data file must be corrected there). Pure.
 */
export function planMerge<T extends Returned>(
  incoming: readonly { file: string; observations: T[]; issues: Issue[] }[],
  existing: readonly T[],
  collectedFile: string,
  rules: MergeRules<T>,
  options: { acceptNew?: boolean } = {},
): CollectPlan<T> {
  const { key } = rules;
  const have = new Map(existing.map((o) => [key(o), o]));
  const rows = new Map(existing.filter((o) => o.file === collectedFile).map((o) => [key(o), o]));
  const added: T[] = [];
  const conflicts: Conflict<T>[] = [];
  let unchanged = 0;
  for (const form of incoming) {
    for (const o of form.observations) {
      const old = have.get(key(o));
      if (!old) {
        added.push(o);
        rows.set(key(o), o);
        have.set(key(o), o);
      } else if (rules.same(old, o)) unchanged++;
      else {
        const taken = Boolean(options.acceptNew) && old.file === collectedFile;
        if (taken) rows.set(key(o), o);
        conflicts.push({ incoming: o, existing: old, taken });
      }
    }
  }
  return {
    forms: incoming.map((f) => ({ file: f.file, accepted: f.observations.length, rejected: f.issues.filter((i) => i.severity === 'error') })),
    added, unchanged, conflicts, rows: [...rows.values()].sort(rules.order),
  };
}

/**
 * planMerge for observations. Units' figures (with `unit`) are keyed by unit as well: two units'
 * figures for one cell never conflict.
 */
export function planCollect<T extends Observation & { unit?: string }>(
  incoming: readonly { file: string; observations: T[]; issues: Issue[] }[],
  existing: readonly T[],
  collectedFile: string,
  options: { acceptNew?: boolean } = {},
): CollectPlan<T> {
  return planMerge(incoming, existing, collectedFile, {
    key: (o) => `${o.unit ?? ''}|${o.region}|${o.year}|${o.indicator}|${o.group}`,
    same: (a, b) => a.value === b.value,
    order: (a, b) => (a.unit ?? '').localeCompare(b.unit ?? '') || a.region.localeCompare(b.region) || a.year - b.year || a.indicator.localeCompare(b.indicator),
  }, options);
}

/** planMerge for task reports: one row per task, unit and year; a changed status or share is a conflict. */
export function planTaskCollect(
  incoming: readonly { file: string; observations: TaskReport[]; issues: Issue[] }[],
  existing: readonly TaskReport[],
  collectedFile: string,
  options: { acceptNew?: boolean } = {},
): CollectPlan<TaskReport> {
  return planMerge(incoming, existing, collectedFile, {
    key: (r) => `${r.task}|${r.unit}|${r.year}`,
    same: (a, b) => a.state === b.state && a.progress === b.progress && (a.note ?? '') === (b.note ?? '') && (a.evidence ?? '') === (b.evidence ?? ''),
    order: (a, b) => a.unit.localeCompare(b.unit, 'zh') || a.task.localeCompare(b.task) || a.year - b.year,
  }, options);
}

/** The units' collected file's text (units/collected.csv): long form with the unit on every row. */
export function collectedUnitCsv(rows: readonly UnitFigure[]): string {
  return toCsv([
    ['填报单位', '地区代码', '年份', '指标编号', '分组', '数值', '来源', '备注'],
    ...rows.map((o) => [o.unit, o.region, o.year, o.indicator, o.group, o.value, o.source ?? o.file, o.note ?? '']),
  ]);
}

/** The task ledger kepu keeps of returned task forms (tasks/collected.csv), read back like any ledger. */
export function collectedTaskCsv(rows: readonly TaskReport[]): string {
  return toCsv([
    ['填报单位', '任务编号', '年份', '状态', '完成比例', '进展说明', '佐证材料', '来源'],
    ...rows.map((r) => [r.unit, r.task, r.year, TASK_STATE_WORDS[r.state].zh, r.progress ?? '', r.note ?? '', r.evidence ?? '', r.source ?? r.file]),
  ]);
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
export async function collectForms(options: CollectOptions): Promise<{
  plan: CollectPlan; collected: string; written: boolean;
  units: { plan: CollectPlan<UnitFigure>; collected: string; written: boolean };
  tasks: { plan: CollectPlan<TaskReport>; collected: string; written: boolean };
}> {
  const lock = acquireLock(findWorkspace(options.workspace), { command: 'collect', now: options.now() });
  try {
    if (lock.warnings.length) options.onLockWarnings?.(lock.warnings);
    const ws = await loadWorkspace(options.workspace, { allowPartial: true });
    const incoming = [];
    const unitIncoming = [];
    const taskIncoming = [];
    const context = { indicators: ws.indicators, regions: ws.regions, shareScale: ws.config.share_scale, period: ws.plan.period };
    for (const file of dataFiles(options.dir)) {
      const table = await loadTable(file);
      if (table.unreadable) {
        incoming.push({ file: display(file), observations: [], issues: table.issues });
        continue;
      }
      // A task form (任务, 年份, 状态) is a unit's progress on its tasks: it goes to the task ledger.
      if (isTaskLedger(table.grid)) {
        const parsed = parseTaskReports(table.grid, display(file), ws.plan);
        taskIncoming.push({ file: display(file), observations: parsed.reports, issues: [...table.issues, ...parsed.issues] });
        continue;
      }
      // A unit's form (填报单位 column) holds the unit's own figures: they go to units/, never over a region's values.
      if (hasUnitColumn(table.grid)) {
        const parsed = parseUnitFigures(table.grid, display(file), context);
        unitIncoming.push({ file: display(file), observations: parsed.figures, issues: [...table.issues, ...parsed.issues] });
        continue;
      }
      const parsed = parseObservations(table.grid, display(file), context);
      incoming.push({ file: display(file), observations: parsed.observations, issues: [...table.issues, ...parsed.issues] });
    }
    const collected = display(join(ws.dir, 'data', COLLECTED_FILE));
    const plan = planCollect(incoming, ws.observations, collected, { acceptNew: options.acceptNew });
    const written = plan.added.length > 0 || plan.conflicts.some((c) => c.taken);
    if (written) writeCollected(ws, collectedCsv(plan.rows));
    const unitsDir = ws.config.responsibility?.figures ?? UNIT_FIGURES_DIR;
    const unitsCollected = display(join(ws.dir, unitsDir, COLLECTED_FILE));
    const unitPlan = planCollect(unitIncoming, ws.unitFigures, unitsCollected, { acceptNew: options.acceptNew });
    const unitsWritten = unitPlan.added.length > 0 || unitPlan.conflicts.some((c) => c.taken);
    if (unitsWritten) writeCollected(ws, collectedUnitCsv(unitPlan.rows), unitsDir);
    const tasksCollected = display(join(ws.dir, TASK_LEDGER_DIR, COLLECTED_FILE));
    const taskPlan = planTaskCollect(taskIncoming, ws.taskReports, tasksCollected, { acceptNew: options.acceptNew });
    const tasksWritten = taskPlan.added.length > 0 || taskPlan.conflicts.some((c) => c.taken);
    if (tasksWritten) writeCollected(ws, collectedTaskCsv(taskPlan.rows), TASK_LEDGER_DIR);
    return {
      plan, collected, written,
      units: { plan: unitPlan, collected: unitsCollected, written: unitsWritten },
      tasks: { plan: taskPlan, collected: tasksCollected, written: tasksWritten },
    };
  } finally {
    lock.release();
  }
}
