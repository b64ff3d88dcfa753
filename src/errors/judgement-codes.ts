import type { Lang } from '../util/lang.js';
import { quoteValue as q } from './quote.js';

/**
 * Codes of the judgement ledger (JUDGEMENT_…, issue 19): the recorded judgements of qualitative
 * targets (评定意见), one row per target and year, read from the files under `judgements:`.
 * docs/workspace.md#judgement-ledger describes the ledger; docs/errors.md each code.
 */
export interface JudgementCodeArgs {
  /** The 目标 cell names no target of the plan (by id or by its description). */
  JUDGEMENT_UNKNOWN_TARGET: { target: string; suggestion?: string };
  /** A judgement for a quantitative target: those are assessed from the data, never by judgement. */
  JUDGEMENT_NOT_QUALITATIVE: { target: string };
  /** The 评定 cell is none of 达到 / 基本达到 / 未达到 (or their English). */
  JUDGEMENT_BAD_GRADE: { value: unknown };
  /** A judgement for a year the plan does not cover (it may come a year after the plan's end). */
  JUDGEMENT_YEAR_OUTSIDE_PLAN: { year: number; start: number; end: number };
  /** A judgement without its evidence (依据). */
  JUDGEMENT_NO_EVIDENCE: Record<string, never>;
  /** A judgement without who made it (评定单位/评定人). */
  JUDGEMENT_NO_JUDGE: Record<string, never>;
  /** Two judgements of one target and year that differ; `file` and `row`: where the first one is. */
  JUDGEMENT_CONFLICT: { target: string; year: number; file: string; row: number };
}

type Format<A> = (args: A, lang: Lang) => string;

/** Wording of the judgement codes, in both languages: what is wrong, the value found, and what to do. */
export const judgementMessages: { [C in keyof JudgementCodeArgs]: { zh: Format<JudgementCodeArgs[C]>; en: Format<JudgementCodeArgs[C]> } } = {
  JUDGEMENT_UNKNOWN_TARGET: {
    zh: (a) => `规划中没有目标“${a.target}”。${a.suggestion ? `是否应为“${a.suggestion}”？` : '请填写 kepu plan show 列出的目标编号，或目标表述原文。'}`,
    en: (a) => `the plan has no target "${a.target}".${a.suggestion ? ` Did you mean "${a.suggestion}"?` : ' Write the target id as kepu plan show lists it, or the target\'s description exactly.'}`,
  },
  JUDGEMENT_NOT_QUALITATIVE: {
    zh: (a) => `目标“${a.target}”是定量目标，按数据评估，不接受评定意见。评定台账只填写定性目标。`,
    en: (a) => `"${a.target}" is a quantitative target, assessed from the data; it takes no recorded judgement. The ledger is for qualitative targets only.`,
  },
  JUDGEMENT_BAD_GRADE: {
    zh: (a, l) => `评定 ${q(a.value, l)} 无效，可选：达到、基本达到、未达到。`,
    en: (a, l) => `invalid grade ${q(a.value, l)}; use achieved, largely achieved or not achieved (达到、基本达到、未达到).`,
  },
  JUDGEMENT_YEAR_OUTSIDE_PLAN: {
    zh: (a) => `评定年份 ${a.year} 不在规划期 ${a.start}—${a.end} 年内（总结评估最晚可在 ${a.end + 1} 年）。请检查年份。`,
    en: (a) => `the year ${a.year} is outside the plan period ${a.start}–${a.end} (a final evaluation may come in ${a.end + 1}). Check the year.`,
  },
  JUDGEMENT_NO_EVIDENCE: {
    zh: () => `评定意见缺少依据。请在“依据”列简要写明作出评定的事实（如开展的工作、取得的成效）。`,
    en: () => `the judgement gives no evidence. Write in the 依据 (evidence) column the facts it rests on (the work done, what it achieved).`,
  },
  JUDGEMENT_NO_JUDGE: {
    zh: () => `评定意见未写明评定单位或评定人。请在“评定单位”列填写作出评定的单位（如市科协）。`,
    en: () => `the judgement does not say who made it. Write the judging unit (such as 市科协) in the 评定单位 column.`,
  },
  JUDGEMENT_CONFLICT: {
    zh: (a) => `目标“${a.target}” ${a.year} 年已有一条不同的评定意见（${a.file} 第 ${a.row} 行）。同一目标每年只保留一条评定意见。`,
    en: (a) => `"${a.target}" already has a different judgement for ${a.year} (${a.file} row ${a.row}). Keep one judgement per target and year.`,
  },
};
