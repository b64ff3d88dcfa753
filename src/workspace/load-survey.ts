import { resolve } from 'node:path';
import type { Issue } from '../errors/index.js';
import { KepuError } from '../errors/index.js';
import { display } from '../data/load.js';
import type { Margin, ScoreRules, SurveyTable } from '../survey/index.js';
import { findScoreRules, loadMargins, loadRespondents, loadScoreRules } from '../survey/index.js';
import { asList } from '../util/as-list.js';
import type { SurveyEntry } from './schema.js';

/**
 * One `survey:` entry of a workspace with its files read: the respondents, the margins to
 * calibrate to and the scoring rule. Estimating from them is a step of the app
 * (src/app/survey-values.ts), not of reading the folder.
 */
export interface SurveySource {
  entry: SurveyEntry;
  /** The respondent file as the user sees it (relative to the working folder). */
  file: string;
  table: SurveyTable;
  /** What reading the respondent file found that does not stop it (unknown columns …). */
  warnings: Issue[];
  margins?: Margin[];
  /** The scoring rule; absent when the entry estimates a 0/1 `variable` instead. */
  rules?: ScoreRules;
}

/**
 * Reads the files of every `survey:` entry of a workspace. Throws (InputError, KepuError) naming
 * the file when one cannot be read or has no scoring rule.
 * @example
 * const sources = await loadSurveySources(config.survey, root);
 */
export async function loadSurveySources(entries: SurveyEntry | SurveyEntry[] | undefined, root: string): Promise<SurveySource[]> {
  const sources: SurveySource[] = [];
  for (const entry of asList(entries)) {
    const path = resolve(root, entry.file);
    const { table, warnings } = await loadRespondents(path);
    const margins = entry.rake ? await loadMargins(resolve(root, entry.rake)) : undefined;
    const rules = entry.variable ? undefined : loadScoreRules(rulesFile(entry, path, root));
    sources.push({ entry, file: display(path), table, warnings, ...(margins ? { margins } : {}), ...(rules ? { rules } : {}) });
  }
  return sources;
}

/** The entry's scoring-rule file, else score-rules.yaml beside the respondents. */
function rulesFile(entry: SurveyEntry, path: string, root: string): string {
  const rules = entry.rules ? resolve(root, entry.rules) : findScoreRules(path);
  if (!rules) throw new KepuError('SURVEY_NO_VARIABLE', {});
  return rules;
}
