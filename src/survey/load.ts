import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Issue } from '../errors/index.js';
import { InputError } from '../errors/index.js';
import { display, loadTable } from '../data/load.js';
import { readText } from '../util/load-text.js';
import { parseMargins } from './calibration/margins.js';
import { parseRespondents } from './respondents.js';
import { parseScoreRules } from './scoring/score-rules.js';
import type { Margin, ScoreRules, SurveyTable } from './types.js';

/** The rule file looked for beside a respondent file when none is named. */
export const SCORE_RULES_FILE = 'score-rules.yaml';

/**
 * Reads a respondent file (CSV in UTF-8 or GBK, XLSX, JSON); throws an InputError listing every
 * problem. Warnings are returned.
 * @example
 * const { table } = await loadRespondents('survey/respondents_2024.csv');
 */
export async function loadRespondents(path: string): Promise<{ table: SurveyTable; warnings: Issue[] }> {
  const file = await loadTable(path);
  if (file.unreadable) throw new InputError(file.issues);
  const parsed = parseRespondents(file.grid, display(path));
  const issues = [...file.issues, ...parsed.issues];
  if (!parsed.table || issues.some((i) => i.severity === 'error')) throw new InputError(issues);
  return { table: parsed.table, warnings: issues };
}

/**
 * Reads a margins file (`variable,level,count`: population counts for calibration; CSV in UTF-8 or
 * GBK, XLSX); throws an InputError listing every bad row.
 * @example
 * const margins = await loadMargins('census/margins.csv'); // estimate(table, { …, calibration: { margins } })
 */
export async function loadMargins(path: string): Promise<Margin[]> {
  const file = await loadTable(path);
  if (file.unreadable) throw new InputError(file.issues);
  const parsed = parseMargins(file.grid, display(path));
  const issues = [...file.issues, ...parsed.issues];
  if (issues.some((i) => i.severity === 'error')) throw new InputError(issues);
  return parsed.margins;
}

/**
 * Reads and checks a scoring-rule file; throws an InputError listing every problem with its line.
 * @example
 * const rules = loadScoreRules('survey/score-rules.yaml');
 */
export function loadScoreRules(path: string): ScoreRules {
  const { rules, issues } = parseScoreRules(readText(path), display(path));
  if (!rules) throw new InputError(issues);
  return rules;
}

/** The score-rules.yaml beside a respondent file, if there is one. */
export function findScoreRules(dataFile: string): string | undefined {
  const path = join(dirname(dataFile), SCORE_RULES_FILE);
  return existsSync(path) ? path : undefined;
}
