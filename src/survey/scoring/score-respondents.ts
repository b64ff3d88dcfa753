// Applies parsed score rules (score-rules.ts) to each respondent: literate, not literate, or unknown.
import type { Issue } from '../../errors/index.js';
import { issue } from '../../errors/index.js';
import { foldWidth } from '../../data/normalize-text.js';
import { cellWhere, resolveColumn } from '../columns.js';
import type { ScoreDimension, ScoreRules, SurveyTable } from '../types.js';
import { readBinary, readNumbers } from '../values.js';

/** Each respondent judged against the rule. */
export interface ScoredRespondents {
  /** 1 literate, 0 not, NaN unknown (the 0/1 value or a needed score is missing). */
  literate: Float64Array;
  /** Score of each dimension, by id (basis 'scores'); NaN where missing. */
  scores: Record<string, Float64Array>;
  issues: Issue[];
}

/** Scores within this of a threshold count as meeting it (sums of decimals such as 69.9 + 0.1). */
const EPSILON = 1e-9;

/**
 * Decides per respondent whether they meet the literacy standard: from a 0/1 column, or from
 * dimension scores (read from score columns, or summed from item answers: an answer matching the
 * key scores the item's points, a blank answer scores nothing) and the rule (total ≥ threshold, or
 * every listed dimension ≥ its threshold). A blank score leaves the respondent's status unknown.
 * @example
 * const { literate, issues } = scoreRespondents(table, rules);
 */
export function scoreRespondents(table: SurveyTable, rules: ScoreRules): ScoredRespondents {
  if (rules.basis === 'column') {
    const found = resolveColumn(table, rules.column, 'literate');
    if (!found.column) return { literate: new Float64Array(table.length).fill(NaN), scores: {}, issues: [found.issue!] };
    const read = readBinary(table, found.column);
    return { literate: read.values, scores: {}, issues: read.issues };
  }
  const issues: Issue[] = [];
  const scores: Record<string, Float64Array> = {};
  for (const d of rules.dimensions) scores[d.id] = d.column ? scoreColumn(table, d, issues) : scoreItems(table, d, issues);
  const literate = new Float64Array(table.length);
  const rule = rules.rule;
  for (let r = 0; r < table.length; r++) {
    if (rule.kind === 'total') {
      let total = 0;
      for (const d of rules.dimensions) total += scores[d.id]![r]!;
      literate[r] = Number.isNaN(total) ? NaN : total >= rule.atLeast - EPSILON ? 1 : 0;
    } else {
      let failed = false;
      let unknown = false;
      for (const [id, atLeast] of Object.entries(rule.atLeast)) {
        const s = scores[id]![r]!;
        if (Number.isNaN(s)) unknown = true;
        else if (s < atLeast - EPSILON) failed = true;
      }
      // Failing one dimension settles it even when another is missing.
      literate[r] = failed ? 0 : unknown ? NaN : 1;
    }
  }
  return { literate, scores, issues };
}

/**
 * The table with the scored status added as a 0/1 column (blank where unknown), ready for
 * estimate(table, { variable: column, stat: 'proportion' }).
 */
export function withLiterateColumn(table: SurveyTable, literate: Float64Array, column = 'literate'): SurveyTable {
  const cells = Array.from(literate, (v) => (Number.isNaN(v) ? '' : v));
  return { ...table, columns: { ...table.columns, [column]: cells } };
}

function scoreColumn(table: SurveyTable, d: ScoreDimension, issues: Issue[]): Float64Array {
  const found = resolveColumn(table, d.column!, 'score');
  if (!found.column) {
    issues.push(found.issue!);
    return new Float64Array(table.length).fill(NaN);
  }
  const read = readNumbers(table, found.column);
  issues.push(...read.issues);
  read.values.forEach((v, r) => {
    if (v < 0 || v > d.max + EPSILON) issues.push(issue('SURVEY_SCORE_OUT_OF_RANGE', { value: v, max: d.max, dimension: d.name ?? d.id }, cellWhere(table, found.column, r)));
  });
  return read.values;
}

function scoreItems(table: SurveyTable, d: ScoreDimension, issues: Issue[]): Float64Array {
  const score = new Float64Array(table.length);
  for (const item of d.items ?? []) {
    const found = resolveColumn(table, item.column, 'answer');
    if (!found.column) {
      issues.push(found.issue!);
      score.fill(NaN);
      continue;
    }
    const keys = new Set(item.key.map(normalizeAnswer));
    const cells = table.columns[found.column]!;
    for (let r = 0; r < table.length; r++) if (keys.has(normalizeAnswer(cells[r]))) score[r]! += item.points;
  }
  return score;
}

/**
 * An answer as compared with the key: width folded, upper case, separators dropped, and the
 * letters of a multiple choice sorted (ＡＣ, "C, A" and ca all read AC). Blank reads ''.
 */
export function normalizeAnswer(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = foldWidth(String(value)).toUpperCase().replace(/[\s,、;；/|]+/g, '');
  return /^[A-Z]+$/.test(text) ? [...text].sort().join('') : text;
}
