import { InputError } from '../errors/index.js';
import type { EstimateOptions, SurveyEstimates } from './estimate.js';
import { estimate } from './estimate.js';
import { scoreRespondents, withLiterateColumn } from './scoring/score-respondents.js';
import type { ScoreRules, SurveyTable } from './types.js';

/** The column the scored status is estimated from. */
export const LITERATE_COLUMN = 'literate';

/**
 * The share of citizens with science literacy (具备科学素质的比例, in percent): scores every
 * respondent against the rule, then estimates the proportion for the whole sample and each domain.
 * Respondents whose status is unknown (a blank score) are left out and counted as n_missing.
 * Throws an InputError listing every scoring and design problem.
 * @example
 * const { rows } = estimateLiteracy(table, rules, { design: detectDesign(table), by: ['区县'] });
 */
export function estimateLiteracy(
  table: SurveyTable,
  rules: ScoreRules,
  options: Omit<EstimateOptions, 'variable' | 'stat' | 'denominator'> = {},
): SurveyEstimates {
  const scored = scoreRespondents(table, rules);
  if (scored.issues.some((i) => i.severity === 'error')) throw new InputError(scored.issues);
  return estimate(withLiterateColumn(table, scored.literate, LITERATE_COLUMN), { ...options, variable: LITERATE_COLUMN, stat: 'proportion' });
}
