import type { TaskReport } from '../data/task-reports.js';
import type { ActionGroup, Plan } from '../plan/types.js';

/** A plan task's standing in year Y: not started, in progress, done, or overdue (deadline passed, not done). */
export type TaskStatus = 'not_started' | 'in_progress' | 'done' | 'overdue';

/** One row per action, project or task of the plan (分工 tracking). */
export interface TaskRow {
  task: string;
  group: ActionGroup;
  number: number | null;
  title: string;
  lead: string[];
  /** Year by which the task should be done: the plan's final-evaluation milestone, else the period end. */
  deadline: number;
  status: TaskStatus;
  /** Latest reported share done (0–100), when given. */
  progress: number | null;
  latest_year: number | null;
  /** Lead units that reported for this task by Y, of those named. */
  reported_by: string[];
  note: string | null;
}

/** Completion of a group of tasks (by action group or by lead unit). */
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
 * Task tracking for year Y. Each task's status is its latest report ≤ Y (any reporting unit;
 * done wins once reported); a task whose deadline has passed without a done report is overdue;
 * one nobody has reported on is not started. Summaries by action group and by lead unit. Pure.
 */
export function trackTasks(plan: Plan, reports: readonly TaskReport[], year: number): { tasks: TaskRow[]; byGroup: TaskSummary[]; byUnit: TaskSummary[] } {
  const deadline = plan.milestones.filter((m) => m.stage === 'final').map((m) => m.end).sort().at(-1) ?? plan.period.end;
  const tasks: TaskRow[] = plan.actions.map((a) => {
    const mine = reports.filter((r) => r.task === a.id && r.year <= year).sort((x, y) => x.year - y.year || x.row - y.row);
    const latest = mine.at(-1);
    const done = mine.some((r) => r.state === 'done');
    const lead = a.lead.length ? a.lead : [...new Set(a.measures.flatMap((m) => m.lead))];
    let status: TaskStatus = done ? 'done' : latest?.state === 'in_progress' ? 'in_progress' : 'not_started';
    if (!done && year > deadline) status = 'overdue';
    return {
      task: a.id, group: a.group, number: a.number ?? null, title: a.title, lead, deadline, status,
      progress: done ? 100 : ([...mine].reverse().find((r) => r.progress !== undefined)?.progress ?? null),
      latest_year: latest?.year ?? null,
      reported_by: [...new Set(mine.map((r) => r.unit).filter((u) => lead.includes(u)))],
      note: latest?.note ?? null,
    };
  });
  return {
    tasks,
    byGroup: summarise(tasks, (t) => [t.group]),
    byUnit: summarise(tasks, (t) => t.lead),
  };
}

function summarise(tasks: readonly TaskRow[], keys: (t: TaskRow) => string[]): TaskSummary[] {
  const map = new Map<string, TaskSummary>();
  for (const t of tasks) {
    for (const key of keys(t)) {
      const s = map.get(key) ?? { key, total: 0, done: 0, in_progress: 0, not_started: 0, overdue: 0, completion: 0 };
      s.total++;
      s[t.status]++;
      s.completion = s.done / s.total;
      map.set(key, s);
    }
  }
  return [...map.values()].sort((a, b) => a.key.localeCompare(b.key, 'zh'));
}
