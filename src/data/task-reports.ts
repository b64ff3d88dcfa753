import type { Issue } from '../errors/index.js';
import { issue } from '../errors/index.js';
import { closest } from '../util/closest.js';
import type { Grid } from './csv.js';
import { columnLetter, findHeader } from './header.js';
import { foldWidth, normalizeLabel } from './normalize-text.js';
import { parseNumber } from './parse-number.js';
import { parseYear } from './parse-year.js';

/** Where a task stands, as a unit reports it (任务进展). */
export type TaskState = 'not_started' | 'in_progress' | 'done';

/** One unit's report on one plan task for one year. */
export interface TaskReport {
  /** The plan action/project/task id. */
  task: string;
  unit: string;
  year: number;
  state: TaskState;
  /** Share done, 0–100, when given. */
  progress?: number;
  note?: string;
  file: string;
  row: number;
}

const STATES: Record<string, TaskState> = {
  未开始: 'not_started', 未启动: 'not_started', not_started: 'not_started', 'notstarted': 'not_started',
  推进中: 'in_progress', 进行中: 'in_progress', 实施中: 'in_progress', 部分完成: 'in_progress', in_progress: 'in_progress', 'inprogress': 'in_progress',
  已完成: 'done', 完成: 'done', 已落实: 'done', done: 'done', completed: 'done',
};

/**
 * Reads task reports (单位, 任务, 年份, 状态[, 完成比例, 备注]); a task is named by its id, its
 * number in the plan or its title. Every bad row is reported with its cell. Pure.
 */
export function parseTaskReports(grid: Grid, file: string, tasks: readonly { id: string; number?: number; title: string }[]): { reports: TaskReport[]; issues: Issue[] } {
  const header = findHeader(grid, ['task', 'year']);
  if (!header) return { reports: [], issues: [issue('DATA_NO_HEADER', { expected: ['任务/task', '年份/year', '状态/status'] }, { file, row: grid.rows[0]?.row ?? 1 })] };
  const col = header.roles;
  const byKey = new Map<string, string>();
  for (const t of tasks) {
    byKey.set(normalizeLabel(t.id), t.id);
    byKey.set(normalizeLabel(t.title), t.id);
    if (t.number !== undefined) byKey.set(String(t.number), t.id);
  }
  const reports: TaskReport[] = [];
  const issues: Issue[] = [];
  const text = (cells: unknown[], i: number | undefined) => (i === undefined ? '' : foldWidth(String(cells[i] ?? '')).trim());
  for (const { row, cells } of grid.rows.slice(header.index + 1)) {
    const at = (c: number | undefined) => ({ file, row, column: c === undefined ? undefined : columnLetter(c), header: c === undefined ? undefined : header.texts[c]?.text });
    const name = text(cells, col.task);
    if (!name) continue;
    const task = findTask(name, byKey, tasks);
    if (!task) {
      issues.push(issue('TASK_UNKNOWN', { task: name, suggestion: closest(normalizeLabel(name), [...byKey.keys()].filter((k) => !/^\d+$/.test(k))) }, at(col.task)));
      continue;
    }
    const year = parseYear(cells[col.year!]);
    if (year === undefined) {
      issues.push(issue('DATA_BAD_YEAR', { value: cells[col.year!] }, at(col.year)));
      continue;
    }
    const stateText = normalizeLabel(text(cells, col.status));
    const state = STATES[stateText];
    if (!state) {
      issues.push(issue('TASK_BAD_STATUS', { value: text(cells, col.status) }, at(col.status)));
      continue;
    }
    const p = col.progress === undefined ? undefined : parseNumber(cells[col.progress], { unit: '%', shareScale: 'percent' });
    reports.push({
      task, year, state, file, row,
      unit: text(cells, col.unit_name ?? col.unit),
      progress: p?.kind === 'value' ? p.value : undefined,
      note: text(cells, col.note) || undefined,
    });
  }
  return { reports, issues };
}

/** By id, number or title; else the one task whose title contains what was written (科普基础设施建设 → 实施科普基础设施建设工程). */
function findTask(name: string, byKey: Map<string, string>, tasks: readonly { id: string; title: string }[]): string | undefined {
  const key = normalizeLabel(name);
  const exact = byKey.get(key) ?? byKey.get(`实施${key}`);
  if (exact) return exact;
  const stem = key.replace(/^实施/, '');
  const containing = stem.length >= 4 ? tasks.filter((t) => normalizeLabel(t.title).includes(stem)) : [];
  return containing.length === 1 ? containing[0]!.id : undefined;
}
