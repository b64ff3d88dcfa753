import type { Issue, Where } from '../errors/index.js';
import { issue } from '../errors/index.js';
import { closest } from '../util/closest.js';
import type { LocalText } from '../util/lang.js';
import type { Grid } from './csv.js';
import { columnLetter, findHeader } from './header.js';
import { foldWidth, normalizeLabel } from './normalize-text.js';
import { parseYear } from './parse-year.js';

/**
 * A grade of a recorded judgement (评定意见) of a qualitative target: 达到 achieved, 基本达到
 * largely achieved, 未达到 not achieved — the three-step scale evaluation reports use.
 */
export type JudgementGrade = 'achieved' | 'largely_achieved' | 'not_achieved';

/** One recorded judgement of a qualitative target for a year (a row of the judgement ledger). */
export interface Judgement {
  /** The plan's target id. */
  target: string;
  year: number;
  grade: JudgementGrade;
  /** 依据: the facts the judgement rests on. */
  evidence: string;
  /** 文件: a document it cites, e.g. 聊科协发〔2024〕3号. */
  reference?: string;
  /** 评定单位/评定人: who judged. */
  judge: string;
  note?: string;
  /** The grade cell, for messages about this judgement. */
  where: Where;
}

/** What the parser needs of the plan: its targets (by id and description) and its period. */
export interface JudgementPlan {
  targets: readonly { id: string; kind: string; description?: LocalText }[];
  period: { start: number; end: number };
}

/** The grades as offices write them (and in English), normalised (normalizeLabel) to their code. */
const GRADES: Record<string, JudgementGrade> = {
  达到: 'achieved', 已达到: 'achieved', 实现: 'achieved', 已实现: 'achieved', achieved: 'achieved',
  基本达到: 'largely_achieved', 基本实现: 'largely_achieved', largelyachieved: 'largely_achieved', largely_achieved: 'largely_achieved',
  未达到: 'not_achieved', 未实现: 'not_achieved', notachieved: 'not_achieved', not_achieved: 'not_achieved',
};

/**
 * Reads a judgement ledger (目标, 年份, 评定, 依据[, 文件], 评定单位[, 备注]). A target is named by
 * its id or its description; only qualitative targets may be judged. A row whose grade, evidence,
 * document and judge are all blank is skipped without a word (the starter `kepu init` writes lists
 * every qualitative target so). Every bad cell is reported, located. Pure.
 * @example
 * const { judgements, issues } = parseJudgements(grid, 'data/judgements.csv', plan);
 */
export function parseJudgements(grid: Grid, file: string, plan: JudgementPlan): { judgements: Judgement[]; issues: Issue[] } {
  const header = findHeader(grid, ['target', 'grade']);
  if (!header) return { judgements: [], issues: [issue('DATA_NO_HEADER', { expected: ['目标/target', '年份/year', '评定/grade', '依据/evidence', '评定单位/judge'] }, { file, row: grid.rows[0]?.row ?? 1 })] };
  const col = header.roles;
  const headerRow = grid.rows[header.index]!.row;
  const missing = (['year', 'evidence', 'judge'] as const).filter((role) => col[role] === undefined);
  if (missing.length) {
    const names = { year: '年份', evidence: '依据', judge: '评定单位' };
    return { judgements: [], issues: missing.map((role) => issue('DATA_MISSING_COLUMN', { column: names[role] }, { file, row: headerRow })) };
  }
  const byKey = targetKeys(plan.targets);
  const kindOf = new Map(plan.targets.map((t) => [t.id, t.kind]));
  const judgements: Judgement[] = [];
  const issues: Issue[] = [];
  for (const { row, cells } of grid.rows.slice(header.index + 1)) {
    const at = (c: number | undefined): Where => ({ file, row, column: c === undefined ? undefined : columnLetter(c), header: c === undefined ? undefined : header.texts[c]?.text });
    const text = (c: number | undefined) => (c === undefined ? '' : foldWidth(String(cells[c] ?? '')).trim());
    const [name, gradeText, evidence, reference, judge] = [text(col.target), text(col.grade), text(col.evidence), text(col.reference), text(col.judge)];
    if (!gradeText && !evidence && !reference && !judge) continue;
    const target = byKey.get(normalizeLabel(name));
    if (!target) {
      const near = closest(normalizeLabel(name), byKey.keys());
      issues.push(issue('JUDGEMENT_UNKNOWN_TARGET', { target: name, suggestion: near === undefined ? undefined : byKey.get(near) }, at(col.target)));
      continue;
    }
    if (kindOf.get(target) !== 'qualitative') {
      issues.push(issue('JUDGEMENT_NOT_QUALITATIVE', { target }, at(col.target)));
      continue;
    }
    const found: Issue[] = [];
    const year = parseYear(cells[col.year!]);
    if (year === undefined) found.push(issue('DATA_BAD_YEAR', { value: cells[col.year!] ?? '' }, at(col.year)));
    else if (year < plan.period.start || year > plan.period.end + 1) found.push(issue('JUDGEMENT_YEAR_OUTSIDE_PLAN', { year, ...plan.period }, at(col.year)));
    const grade = GRADES[normalizeLabel(gradeText)];
    if (!grade) found.push(issue('JUDGEMENT_BAD_GRADE', { value: gradeText }, at(col.grade)));
    if (!evidence) found.push(issue('JUDGEMENT_NO_EVIDENCE', {}, at(col.evidence)));
    if (!judge) found.push(issue('JUDGEMENT_NO_JUDGE', {}, at(col.judge)));
    if (found.length) {
      issues.push(...found);
      continue;
    }
    const note = text(col.note);
    judgements.push({ target, year: year!, grade: grade!, evidence, judge, ...(reference ? { reference } : {}), ...(note ? { note } : {}), where: at(col.grade) });
  }
  return { judgements, issues };
}

/** Each target by its id and by its description in either language, normalised (normalizeLabel). */
function targetKeys(targets: JudgementPlan['targets']): Map<string, string> {
  const keys = new Map<string, string>();
  for (const t of targets) {
    keys.set(normalizeLabel(t.id), t.id);
    for (const words of [t.description?.zh, t.description?.en]) if (words && !keys.has(normalizeLabel(words))) keys.set(normalizeLabel(words), t.id);
  }
  return keys;
}

/**
 * Merges the ledgers of several files: one judgement per target and year. The same judgement
 * written twice is kept once; two that differ in grade, evidence, document or judge are an error
 * at the later one's grade cell, naming where the first is. Pure.
 */
export function mergeJudgements(lists: readonly (readonly Judgement[])[]): { judgements: Judgement[]; issues: Issue[] } {
  const first = new Map<string, Judgement>();
  const issues: Issue[] = [];
  for (const j of lists.flat()) {
    const key = `${j.target}|${j.year}`;
    const other = first.get(key);
    if (!other) first.set(key, j);
    else if (!same(j, other)) issues.push(issue('JUDGEMENT_CONFLICT', { target: j.target, year: j.year, file: other.where.file ?? '', row: other.where.row ?? 0 }, j.where));
  }
  return { judgements: [...first.values()], issues };
}

function same(x: Judgement, y: Judgement): boolean {
  return x.grade === y.grade && x.evidence === y.evidence && x.judge === y.judge && (x.reference ?? '') === (y.reference ?? '');
}
