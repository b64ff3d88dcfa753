import type { Lang } from '../util/lang.js';

/**
 * Codes of the task ledger (任务进展台账, docs/workspace.md#the-task-ledger): a task that cannot be
 * found or is named ambiguously, a status or unit that cannot be read, a unit reporting on a
 * task it does not lead.
 */
export interface TaskCodeArgs {
  TASK_UNKNOWN: { task: string; suggestion?: string };
  /** A name more than one task answers to (a bare 4: 提升行动4 or 重点工程4): refused, never guessed. */
  TASK_AMBIGUOUS: { task: string; candidates: readonly string[] };
  TASK_BAD_STATUS: { value: unknown };
  /** A task with several lead units, reported without saying whose part it is. */
  TASK_UNIT_REQUIRED: { task: string; leads: readonly string[] };
  /** A unit that does not lead the task: its report is kept as information, it completes no part. */
  TASK_UNIT_NOT_LEAD: { task: string; unit: string; leads: readonly string[] };
  /** The same unit, task and year reported twice with different statuses. */
  TASK_DUPLICATE: { task: string; unit: string; year: number; first: string };
}

type Format<A> = (args: A, lang: Lang) => string;

const q = (v: unknown) => `“${String(v ?? '')}”`;

/** Wording of the task codes, in both languages: what is wrong and what to write instead. */
export const taskMessages: { [C in keyof TaskCodeArgs]: { zh: Format<TaskCodeArgs[C]>; en: Format<TaskCodeArgs[C]> } } = {
  TASK_UNKNOWN: {
    zh: (a) => `规划中没有任务“${a.task}”。${a.suggestion ? `是否应为“${a.suggestion}”？` : ''}请填写 kepu plan show 列出的任务编号、类别和序号（如“提升行动1”）或名称。`,
    en: (a) => `the plan has no task "${a.task}".${a.suggestion ? ` Did you mean "${a.suggestion}"?` : ''} Write the id kepu plan show prints, the group and number (提升行动1) or the title.`,
  },
  TASK_AMBIGUOUS: {
    zh: (a) => `“${a.task}”可指 ${a.candidates.join('、')}，无法确定是哪一项。请写明类别和序号（如“${a.candidates[0]!.replace(/（.*$/, '')}”）或任务编号。`,
    en: (a) => `"${a.task}" may mean ${a.candidates.join(' or ')}; kepu does not guess. Write the group and number (e.g. "${a.candidates[0]!.replace(/（.*$/, '')}") or the task id.`,
  },
  TASK_BAD_STATUS: {
    zh: (a) => `任务状态 ${q(a.value)} 无效，可选：未开始、推进中、已完成。`,
    en: (a) => `invalid task status ${q(a.value)}; use not started, in progress or done (未开始、推进中、已完成).`,
  },
  TASK_UNIT_REQUIRED: {
    zh: (a) => `任务“${a.task}”由 ${a.leads.join('、')} 共同牵头，请在“填报单位”列写明是哪个单位的进展：一个单位已完成只完成它自己的部分。`,
    en: (a) => `task "${a.task}" is led by ${a.leads.join(', ')} together: say in the unit column whose progress this is (one unit's "done" completes only its own part).`,
  },
  TASK_UNIT_NOT_LEAD: {
    zh: (a) => `${a.unit}不是任务“${a.task}”的牵头单位（${a.leads.length ? a.leads.join('、') : '方案未列明'}），其填报仅作参考，不计入任务完成情况。`,
    en: (a) => `${a.unit} does not lead task "${a.task}" (${a.leads.length ? a.leads.join(', ') : 'the plan names no lead'}): its report is kept for information and completes no part of the task.`,
  },
  TASK_DUPLICATE: {
    zh: (a) => `${a.unit} ${a.year} 年任务“${a.task}”重复填报且状态不同（另见${a.first}）。请保留一行。`,
    en: (a) => `${a.unit} reports task "${a.task}" for ${a.year} twice with different statuses (see also ${a.first}). Keep one row.`,
  },
};
