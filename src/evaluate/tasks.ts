import type { TaskReport, TaskState } from '../data/task-reports.js';
import { trackedTasks } from '../plan/tracked-tasks.js';
import type { ActionGroup, Plan } from '../plan/types.js';

/** A plan task's standing in year Y: not started, in progress, done, or overdue (deadline passed, not done). */
export type TaskStatus = 'not_started' | 'in_progress' | 'done' | 'overdue';

/** One lead unit's part of a task ('' for a task whose plan names no lead unit: 未列明). */
export interface TaskPart {
  unit: string;
  status: TaskStatus;
  /** Share of this part done (0–100): 100 when done, 0 when reported not started, else as reported. */
  progress: number | null;
  latest_year: number | null;
  note: string | null;
  evidence: string | null;
}

/** One row per tracked task (分工 tracking): an action, project or 分工表 row of the plan. */
export interface TaskRow {
  task: string;
  group: ActionGroup;
  number: number | null;
  title: string;
  /** Lead units; empty when the plan names none (shown as 未列明, never filled in). */
  lead: string[];
  /** Year by which the task should be done: the plan's final-evaluation milestone, else the period end. */
  deadline: number;
  /** Done only when every lead unit's part is done. */
  status: TaskStatus;
  /** Mean of the parts' shares done, when every part's share is known. */
  progress: number | null;
  latest_year: number | null;
  /** Lead units that reported for this task by Y. */
  reported_by: string[];
  note: string | null;
  parts: TaskPart[];
}

/** Completion of a group of tasks (by action group) or of a unit's parts (by lead unit; key '' = 未列明). */
export interface TaskSummary {
  key: string;
  total: number;
  done: number;
  in_progress: number;
  not_started: number;
  overdue: number;
  /** done ÷ total. */
  completion: number;
}

/**
 * Task tracking for year Y. Each lead unit's part stands at that unit's latest report ≤ Y (done
 * once reported done); a task is done when every part is, in progress when any part has moved,
 * and overdue when its deadline has passed undone. One unit's 已完成 completes only its own
 * part, so 县工科局 done and 县教育局 silent is in progress, and counts done for 县工科局 alone.
 * Reports by units that do not lead the task complete nothing. Summaries by action group and
 * by lead unit (each unit's own parts). Pure.
 */
export function trackTasks(plan: Plan, reports: readonly TaskReport[], year: number): { tasks: TaskRow[]; byGroup: TaskSummary[]; byUnit: TaskSummary[] } {
  const deadline = plan.milestones.filter((m) => m.stage === 'final').map((m) => m.end).sort().at(-1) ?? plan.period.end;
  const late = year > deadline;
  const tasks: TaskRow[] = trackedTasks(plan).map((t) => {
    const mine = reports.filter((r) => r.task === t.id && r.year <= year).sort((x, y) => x.year - y.year || x.row - y.row);
    // A task the plan names no lead for has one part, reported by whoever reports on it.
    const units = t.lead.length ? t.lead : [''];
    const parts = units.map((unit) => part(t.lead.length ? mine.filter((r) => r.unit === unit) : mine, unit, late));
    const done = parts.every((p) => p.status === 'done');
    const moved = parts.some((p) => p.status === 'done' || p.status === 'in_progress');
    const status: TaskStatus = done ? 'done' : late ? 'overdue' : moved ? 'in_progress' : 'not_started';
    const shares = parts.map((p) => p.progress);
    const counted = mine.filter((r) => !t.lead.length || t.lead.includes(r.unit));
    return {
      task: t.id, group: t.group, number: t.number ?? null, title: t.title, lead: t.lead, deadline, status,
      progress: shares.every((s) => s !== null) ? (shares as number[]).reduce((a, b) => a + b, 0) / shares.length : null,
      latest_year: counted.at(-1)?.year ?? null,
      reported_by: [...new Set(counted.map((r) => r.unit).filter(Boolean))],
      note: counted.at(-1)?.note ?? null,
      parts,
    };
  });
  return {
    tasks,
    byGroup: summarise(tasks.map((t) => ({ key: t.group, status: t.status }))),
    byUnit: summarise(tasks.flatMap((t) => t.parts.map((p) => ({ key: p.unit, status: p.status })))),
  };
}

/** One unit's part from its reports (sorted by year), at Y. */
function part(reports: readonly TaskReport[], unit: string, late: boolean): TaskPart {
  const latest = reports.at(-1);
  const done = reports.some((r) => r.state === 'done');
  const state: TaskState = done ? 'done' : latest?.state ?? 'not_started';
  const status: TaskStatus = done ? 'done' : late ? 'overdue' : state;
  const reported = [...reports].reverse().find((r) => r.progress !== undefined)?.progress;
  return {
    unit, status,
    progress: done ? 100 : latest?.state === 'not_started' ? 0 : latest?.state === 'in_progress' ? (reported ?? null) : null,
    latest_year: latest?.year ?? null,
    note: latest?.note ?? null,
    evidence: [...reports].reverse().find((r) => r.evidence)?.evidence ?? null,
  };
}

function summarise(items: readonly { key: string; status: TaskStatus }[]): TaskSummary[] {
  const map = new Map<string, TaskSummary>();
  for (const { key, status } of items) {
    const s = map.get(key) ?? { key, total: 0, done: 0, in_progress: 0, not_started: 0, overdue: 0, completion: 0 };
    s.total++;
    s[status]++;
    s.completion = s.done / s.total;
    map.set(key, s);
  }
  // The units the plan names by name; the tasks it names none for (未列明, key '') last.
  return [...map.values()].sort((a, b) => (a.key === '') !== (b.key === '') ? (a.key === '' ? 1 : -1) : a.key.localeCompare(b.key, 'zh'));
}
