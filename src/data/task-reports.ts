import type { Issue } from '../errors/index.js';
import { issue, warning } from '../errors/index.js';
import { unitResolver } from '../plan/normalize.js';
import { taskNamer } from '../plan/task-names.js';
import { trackedTasks } from '../plan/tracked-tasks.js';
import type { Plan } from '../plan/types.js';
import type { Grid } from './csv.js';
import { columnLetter, findHeader } from './header.js';
import { foldWidth, normalizeLabel } from './normalize-text.js';
import { parseNumber } from './parse-number.js';
import { parseYear } from './parse-year.js';

/** Where a task stands, as a unit reports it (任务进展). */
export type TaskState = 'not_started' | 'in_progress' | 'done';

/** One unit's report on its part of one plan task for one year (a row of the task ledger). */
export interface TaskReport {
  /** The tracked task's id (a 分工表 row when one covers the action named). */
  task: string;
  /** The reporting unit, by the plan's name for it; '' for a task whose plan names no lead (未列明). */
  unit: string;
  year: number;
  state: TaskState;
  /** Share of the unit's part done, 0–100, when given. */
  progress?: number;
  note?: string;
  /** 佐证材料: a document or link the office can check. */
  evidence?: string;
  /** Where the row first came from (the returned form), kept when the ledger is rewritten. */
  source?: string;
  file: string;
  row: number;
}

/** How a task state is written: in the ledger kepu writes, on the forms' list, in summaries. */
export const TASK_STATE_WORDS: Record<TaskState, { zh: string; en: string }> = {
  not_started: { zh: '未开始', en: 'not started' }, in_progress: { zh: '推进中', en: 'in progress' }, done: { zh: '已完成', en: 'done' },
};

const STATES: Record<string, TaskState> = {
  未开始: 'not_started', 未启动: 'not_started', not_started: 'not_started', 'notstarted': 'not_started',
  推进中: 'in_progress', 进行中: 'in_progress', 实施中: 'in_progress', 部分完成: 'in_progress', in_progress: 'in_progress', 'inprogress': 'in_progress',
  已完成: 'done', 完成: 'done', 已落实: 'done', done: 'done', completed: 'done',
};

/** A task ledger or returned task form: a header naming the task, the year and the status. */
export function isTaskLedger(grid: Grid): boolean {
  return findHeader(grid, ['task', 'year', 'status']) !== undefined;
}

/**
 * Reads a task ledger (填报单位, 任务, 年份, 状态[, 完成比例, 进展情况/备注, 佐证材料]). A task is
 * named as taskNamer reads it (never guessed from a bare number two tasks share); the unit is the
 * plan's name for it. A unit's report is its own part: a task led by several units needs the
 * unit named; a unit that does not lead the task is kept with a warning and completes nothing.
 * Every bad row is reported with its cell. Pure.
 */
export function parseTaskReports(grid: Grid, file: string, plan: Pick<Plan, 'actions' | 'units'>): { reports: TaskReport[]; issues: Issue[] } {
  const header = findHeader(grid, ['task', 'year']);
  if (!header) return { reports: [], issues: [issue('DATA_NO_HEADER', { expected: ['任务/task', '年份/year', '状态/status'] }, { file, row: grid.rows[0]?.row ?? 1 })] };
  const col = header.roles;
  const unitCol = col.unit_name ?? col.unit;
  const tasks = new Map(trackedTasks(plan).map((t) => [t.id, t]));
  const nameTask = taskNamer([...tasks.values()]);
  const unitName = unitResolver(plan.units);
  const reports: TaskReport[] = [];
  const issues: Issue[] = [];
  const seen = new Map<string, TaskReport>();
  const text = (cells: unknown[], i: number | undefined) => (i === undefined ? '' : foldWidth(String(cells[i] ?? '')).trim());
  for (const { row, cells } of grid.rows.slice(header.index + 1)) {
    const at = (c: number | undefined) => ({ file, row, column: c === undefined ? undefined : columnLetter(c), header: c === undefined ? undefined : header.texts[c]?.text });
    const name = text(cells, col.task);
    if (!name) continue;
    const match = nameTask(name);
    if (match.kind === 'unknown') {
      issues.push(issue('TASK_UNKNOWN', { task: name, suggestion: match.suggestion }, at(col.task)));
      continue;
    }
    if (match.kind === 'ambiguous') {
      issues.push(issue('TASK_AMBIGUOUS', { task: name, candidates: match.candidates }, at(col.task)));
      continue;
    }
    const task = tasks.get(match.id)!;
    const year = parseYear(cells[col.year!]);
    if (year === undefined) {
      issues.push(issue('DATA_BAD_YEAR', { value: cells[col.year!] }, at(col.year)));
      continue;
    }
    const stateText = text(cells, col.status);
    const state = STATES[normalizeLabel(stateText)];
    if (!state) {
      issues.push(issue('TASK_BAD_STATUS', { value: stateText }, at(col.status)));
      continue;
    }
    const written = text(cells, unitCol);
    // A unit's 已完成 completes its own part only: with several leads, whose part must be said.
    const unit = written ? (unitName(written) ?? written) : task.lead.length === 1 ? task.lead[0]! : '';
    if (!unit && task.lead.length > 1) {
      issues.push(issue('TASK_UNIT_REQUIRED', { task: task.title, leads: task.lead }, at(unitCol ?? col.task)));
      continue;
    }
    if (unit && task.lead.length && !task.lead.includes(unit)) issues.push(warning('TASK_UNIT_NOT_LEAD', { task: task.title, unit, leads: task.lead }, at(unitCol)));
    const p = col.progress === undefined ? undefined : parseNumber(cells[col.progress], { unit: '%', shareScale: 'percent' });
    const report: TaskReport = {
      task: task.id, unit, year, state, file, row,
      progress: p?.kind === 'value' ? p.value : undefined,
      note: text(cells, col.note) || undefined,
      evidence: text(cells, col.evidence) || undefined,
      source: text(cells, col.source) || undefined,
    };
    const key = `${report.task}|${unit}|${year}`;
    const first = seen.get(key);
    if (first && first.state !== state) {
      issues.push(issue('TASK_DUPLICATE', { task: task.title, unit: unit || '—', year, first: `${first.file}:${first.row}` }, at(col.status)));
      continue;
    }
    seen.set(key, report);
    reports.push(report);
  }
  return { reports, issues };
}
