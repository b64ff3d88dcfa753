import type { TaskReport } from '../data/task-reports.js';
import { TASK_STATE_WORDS } from '../data/task-reports.js';
import { KepuError } from '../errors/index.js';
import { actionGroupLabels } from '../plan/labels.js';
import type { TrackedTask } from '../plan/tracked-tasks.js';
import { trackedTasks } from '../plan/tracked-tasks.js';
import type { Plan } from '../plan/types.js';
import { safeFileName } from '../util/safe-file-name.js';
import type { Workspace } from '../workspace/load.js';
import type { WriteFormsOptions } from './forms.js';
import { formSheet, officeName, writeWorkbooks } from './forms.js';
import { documentDate } from './settings.js';
import { loadWorkspace } from './workspace.js';

/** A task-progress form: one lead unit's tasks for a year ('' for the tasks whose plan names no lead). */
export interface TaskFormSpec {
  /** File name without extension (safeFileName). */
  name: string;
  /** The lead unit, or '' for the tasks the plan names no lead for (filled by the leading group's office). */
  unit: string;
  year: number;
  tasks: TrackedTask[];
}

/** The column layout of a task form; kepu collect reads it back as a task ledger. */
export const TASK_FORM_COLUMNS = ['填报单位', '任务编号', '类别', '任务名称', '本单位牵头的具体举措', '年份', '上年状态（参考）', '状态', '完成比例（%）', '进展说明', '佐证材料'] as const;

/** The statuses a unit chooses from (the ledger reads these and a few synonyms). */
export const TASK_STATES = Object.values(TASK_STATE_WORDS).map((w) => w.zh);

/**
 * Plans the task forms of a year: one per lead unit with the tasks it leads (a task shared by
 * several units is on each one's form, for its own part), in the plan's order; the tasks the plan
 * names no lead for on one form for the leading group's office, titled as such. Pure.
 */
export function planTaskForms(plan: Pick<Plan, 'actions'>, year: number): TaskFormSpec[] {
  const tasks = trackedTasks(plan);
  const units = [...new Set(tasks.flatMap((t) => t.lead))];
  const forms: TaskFormSpec[] = units.map((unit) => ({ name: safeFileName(`${year}_任务进展_${unit}`), unit, year, tasks: tasks.filter((t) => t.lead.includes(unit)) }));
  const unassigned = tasks.filter((t) => t.lead.length === 0);
  if (unassigned.length) forms.push({ name: safeFileName(`${year}_任务进展_未列明牵头单位`), unit: '', year, tasks: unassigned });
  return forms;
}

/** The form's instructions: what each column takes, and that a shared task's row is the unit's own part. */
function instructions(form: TaskFormSpec, office: string): string {
  const who = form.unit
    ? `请填写本单位牵头的各项任务截至${form.year}年底的进展。多家单位共同牵头的任务，只填本单位承担的部分：本单位的部分完成即填“已完成”，其他牵头单位另行填报。`
    : `方案未列明以下任务的牵头单位，由${office}汇总各单位情况后填写；“填报单位”列写实际承担的单位。`;
  return `填报说明：${who}“状态”从 ${TASK_STATES.join('、')} 中选择；“完成比例”填 0—100 的数（已完成可不填）；“进展说明”写主要工作和成效；“佐证材料”写文件名称、文号或网址。灰色列请勿改动。由${office}汇总。`;
}

/**
 * Writes one task form as an .xlsx workbook: a title, the instructions, then one row per task
 * with last year's reported status for reference; only 状态, 完成比例, 进展说明 and 佐证材料 are
 * unlocked (and 填报单位 on the office's form). Fixed document dates keep the bytes stable. Pure (bytes out).
 */
export async function taskFormWorkbook(form: TaskFormSpec, previous: readonly TaskReport[], options: { office: string; date: string }): Promise<Buffer> {
  const { wb, ws } = await formSheet({
    sheet: '任务进展', title: `${form.year}年全民科学素质行动任务进展填报表（${form.unit || '未列明牵头单位的任务'}）`,
    instructions: instructions(form, options.office), height: 60, columns: TASK_FORM_COLUMNS, ...options,
  });
  const open = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFFFF8DC' } };
  for (const t of form.tasks) {
    const last = previous.filter((r) => r.task === t.id && r.year === form.year - 1 && (!form.unit || r.unit === form.unit)).at(-1);
    const measures = t.measures.filter((m) => !form.unit || m.lead.includes(form.unit) || m.lead.length === 0).map((m) => m.title).join('；');
    const row = ws.addRow([
      form.unit, t.id, actionGroupLabels[t.group].zh, `${t.number !== undefined ? `${t.number}. ` : ''}${t.title}`, measures, form.year,
      last ? TASK_STATE_WORDS[last.state].zh : '', null, null, null, null,
    ]);
    const editable = form.unit ? [8, 9, 10, 11] : [1, 8, 9, 10, 11];
    for (const c of editable) {
      row.getCell(c).protection = { locked: false };
      row.getCell(c).fill = open;
    }
    row.getCell(8).dataValidation = {
      type: 'list', allowBlank: true, formulae: [`"${TASK_STATES.join(',')}"`],
      showErrorMessage: true, errorTitle: '状态', error: `请选择：${TASK_STATES.join('、')}`,
    };
    row.getCell(9).dataValidation = { type: 'any' as 'custom', formulae: [], allowBlank: true, showInputMessage: true, promptTitle: '完成比例', prompt: '本单位承担部分的完成比例，0—100，如 60 或 60%。' };
    row.getCell(5).alignment = { wrapText: true, vertical: 'top' };
    row.getCell(10).alignment = { wrapText: true, vertical: 'top' };
  }
  ws.columns = [16, 16, 10, 34, 40, 7, 12, 10, 12, 40, 24].map((w) => ({ width: w }));
  await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** As `kepu forms`' options, less `by`: task forms are always one per lead unit. */
export type WriteTaskFormsOptions = Omit<WriteFormsOptions, 'by'>;

/**
 * `kepu forms --tasks`: writes each lead unit's task-progress form for a year (atomically).
 * A year outside the plan period is refused before any file is written.
 */
export async function writeTaskForms(options: WriteTaskFormsOptions): Promise<{ outDir: string; files: string[]; workspace: Workspace }> {
  const ws = await loadWorkspace(options.workspace, { allowPartial: true });
  const { start, end } = ws.plan.period;
  // Task progress is reported from the plan's first year: a baseline year has no tasks yet.
  if (options.year < start || options.year > end) throw new KepuError('FORMS_YEAR_OUTSIDE_PLAN', { year: options.year, start, end });
  const office = officeName(ws.plan);
  const date = documentDate({ date: options.date, now: options.now }, options.year);
  const written = await writeWorkbooks(planTaskForms(ws.plan, options.year), (form) => taskFormWorkbook(form, ws.taskReports, { office, date }), options);
  return { ...written, workspace: ws };
}
