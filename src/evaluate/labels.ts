import type { Lang } from '../util/lang.js';
import type { JudgementGrade } from '../data/judgements.js';
import { TASK_STATE_WORDS } from '../data/task-reports.js';
import type { TaskStatus } from './tasks.js';
import type { EvaluationRow, MethodName, RecordedJudgement, Status, StatusReason } from './types.js';

/** Status words as Chinese evaluation reports use them, beside their codes (DOMAIN.md). */
export const statusLabels: Record<Status, { zh: string; en: string }> = {
  achieved: { zh: '已达标', en: 'achieved' },
  on_track: { zh: '进度正常', en: 'on track' },
  behind: { zh: '进度滞后', en: 'behind' },
  seriously_behind: { zh: '严重滞后', en: 'seriously behind' },
  regressing: { zh: '倒退', en: 'regressing' },
  not_achieved: { zh: '未达标', en: 'not achieved' },
  uncertain: { zh: '不确定', en: 'uncertain' },
  not_assessable: { zh: '无法评估', en: 'not assessable' },
};

export const statusReasonLabels: Record<StatusReason, { zh: string; en: string }> = {
  qualitative: { zh: '定性目标，无评定意见', en: 'qualitative target, no recorded judgement' },
  recorded_judgement: { zh: '评定意见', en: 'recorded judgement' },
  no_data: { zh: '无数据', en: 'no data' },
  estimate_suppressed: { zh: '估计值未达到发布标准', en: 'estimate below the presentation standard' },
  no_baseline: { zh: '无基期数据', en: 'no baseline' },
  no_data_since_baseline: { zh: '基期后无新数据', en: 'no data since the baseline' },
  baseline_equals_target: { zh: '基期值已等于目标值', en: 'baseline equals the target' },
  baseline_met_target: { zh: '基期已达标，现未达标', en: 'the baseline met the target; the latest value does not' },
  sampling_error: { zh: '抽样误差较大，无法确定', en: 'sampling error too large to decide' },
  target_met: { zh: '已达到目标', en: 'target met' },
  target_year_passed: { zh: '目标年份已过', en: 'target year passed' },
  incomplete_coverage: { zh: '部分地区未报送', en: 'some regions did not report' },
  mixed_signs: { zh: '数值符号不一致', en: 'values of mixed sign' },
};

/** Status order from best to worst, for sorting and legends. */
export const statusOrder: readonly Status[] = ['achieved', 'on_track', 'behind', 'seriously_behind', 'regressing', 'not_achieved', 'uncertain', 'not_assessable'];

export function statusLabel(status: Status, lang: Lang): string {
  return statusLabels[status][lang];
}

/** The grades of a recorded judgement (评定意见), as the ledger and reports write them. */
export const judgementGradeLabels: Record<JudgementGrade, { zh: string; en: string }> = {
  achieved: { zh: '达到', en: 'achieved' },
  largely_achieved: { zh: '基本达到', en: 'largely achieved' },
  not_achieved: { zh: '未达到', en: 'not achieved' },
};

/**
 * What a status that rests on a judgement says about it, so that no reader takes it for a measured
 * one: who judged and when. `grade` words the grade first: 达到（评定意见，市科协，2024年）; without
 * it, the aside alone for beside a status: 评定意见：达到，市科协，2024年.
 * @example
 * judgementWords({ grade: 'achieved', year: 2024, judge: '市科协', evidence: '…', reference: null }, 'zh'); // 达到（评定意见，市科协，2024年）
 */
export function judgementWords(j: RecordedJudgement, lang: Lang, form: 'grade' | 'aside' = 'grade'): string {
  const grade = judgementGradeLabels[j.grade][lang];
  if (lang === 'zh') return form === 'grade' ? `${grade}（评定意见，${j.judge}，${j.year}年）` : `评定意见：${grade}，${j.judge}，${j.year}年`;
  return form === 'grade' ? `${grade} (recorded judgement, ${j.judge}, ${j.year})` : `recorded judgement: ${grade}, ${j.judge}, ${j.year}`;
}

/** A task's status as tables, the terminal and the report's actions word it: the ledger's states, and 逾期未完成 past its deadline. */
export const taskStatusLabels: Record<TaskStatus, { zh: string; en: string }> = {
  ...TASK_STATE_WORDS,
  overdue: { zh: '逾期未完成', en: 'overdue' },
};

/** A verdict's probability as a percentage: whole percents, and >99% rather than a rounded 100%. */
export function chanceWords(p: number): string {
  return p >= 0.995 ? '>99%' : `${Math.round(p * 100)}%`;
}

/**
 * How sure a survey-based status is, for beside the status word: 概率87% / 87% likely; for an
 * uncertain one, the likeliest verdict: 最可能为进度滞后，概率55% / likeliest behind, 55%. Null
 * where the values carry no standard error.
 * @example
 * statusChance({ status: 'on_track', likeliest_status: 'on_track', status_probability: 0.87 }, 'zh'); // 概率87%
 */
export function statusChance(r: Pick<EvaluationRow, 'status' | 'likeliest_status' | 'status_probability'>, lang: Lang): string | null {
  if (r.status_probability === null || r.likeliest_status === null) return null;
  const p = chanceWords(r.status_probability);
  if (r.status !== 'uncertain') return lang === 'zh' ? `概率${p}` : `${p} likely`;
  return lang === 'zh' ? `最可能为${statusLabels[r.likeliest_status].zh}，概率${p}` : `likeliest ${statusLabels[r.likeliest_status].en}, ${p}`;
}

/**
 * What the bracket after a status word holds: its probability (survey values) and a further note
 * (a reason, years met), in one: 概率87%；2年中1年达标. Null when there is nothing to add.
 */
export function statusAside(r: Pick<EvaluationRow, 'status' | 'likeliest_status' | 'status_probability'>, lang: Lang, note: string | null): string | null {
  const notes = [statusChance(r, lang), note].filter((x) => x !== null);
  return notes.length ? notes.join(lang === 'zh' ? '；' : '; ') : null;
}

/** The progress methods as reports name them (methods/index.ts). */
export const methodLabels: Record<MethodName, { zh: string; en: string }> = {
  schedule: { zh: '序时进度法', en: 'time-elapsed schedule' },
  eurostat: { zh: '复合增长率比值法（Open SDG / 欧盟统计局）', en: 'CAGR ratio (Open SDG / Eurostat)' },
  unsd: { zh: '复合增长率比值法（联合国统计司，2022年以前）', en: 'CAGR ratio (UN Statistics Division, to 2022)' },
  unsd2023: { zh: '趋势外推法（联合国统计司，2023年起）', en: 'extrapolation (UN Statistics Division, 2023 on)' },
};

/** The kind of comparison a method makes: the two CAGR ratio methods make the same one with different bands. */
export const methodFamily: Record<MethodName, 'distance' | 'growth' | 'extrapolation'> = { schedule: 'distance', eurostat: 'growth', unsd: 'growth', unsd2023: 'extrapolation' };

/**
 * What each kind of method compares, for the sentence that explains why methods differ on a
 * target (REFERENCE.md §3).
 */
export const methodBasis: Record<'distance' | 'growth' | 'extrapolation', { zh: string; en: string }> = {
  distance: { zh: '序时进度法看已缩小的差距占基期差距的比例是否跟上已过时间的比例', en: 'the schedule asks whether the share of the distance covered keeps up with the share of time elapsed' },
  growth: { zh: '复合增长率比值法看实际年均增长率是否达到如期实现所需的年均增长率', en: 'the CAGR ratio asks whether the growth a year achieved matches the growth a year the target needs' },
  extrapolation: { zh: '趋势外推法看按现有增速外推到目标年份能否达到目标', en: 'extrapolation asks whether the current growth, carried on, reaches the target by its year' },
};
