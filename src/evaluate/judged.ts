import type { Judgement, JudgementGrade } from '../data/judgements.js';
import type { EvaluationRow, Status } from './types.js';

/**
 * The status a recorded judgement (评定意见) gives a qualitative target in evaluation year Y, with
 * T its target year. 达到 is met, whenever it was judged. Before T, 基本达到 reads as on track and
 * 未达到 as behind: the goal can still be reached. From T on there is no pace left to judge
 * (close-out.ts), so both are 未达标 (not_achieved); the row keeps the grade, so a report still
 * says 基本达到 beside the status. docs/methods.md#recorded-judgements.
 * @example
 * judgementStatus('largely_achieved', 2024, 2025); // 'on_track'
 * judgementStatus('largely_achieved', 2025, 2025); // 'not_achieved'
 */
export function judgementStatus(grade: JudgementGrade, year: number, targetYear: number): Status {
  if (grade === 'achieved') return 'achieved';
  if (year >= targetYear) return 'not_achieved';
  return grade === 'largely_achieved' ? 'on_track' : 'behind';
}

/** The latest judgement of a target made in a year ≤ Y, if any. */
export function latestJudgement(judgements: readonly Judgement[], target: string, year: number): Judgement | undefined {
  let latest: Judgement | undefined;
  for (const j of judgements) if (j.target === target && j.year <= year && (!latest || j.year > latest.year)) latest = j;
  return latest;
}

/** A qualitative target's row as its judgement sets it: the status, reason recorded_judgement, and the judgement itself. */
export function judgedRow(row: EvaluationRow, j: Judgement): EvaluationRow {
  return {
    ...row,
    status: judgementStatus(j.grade, row.year, row.target_year),
    status_reason: 'recorded_judgement',
    judgement: { grade: j.grade, year: j.year, evidence: j.evidence, reference: j.reference ?? null, judge: j.judge },
  };
}
