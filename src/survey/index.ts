/**
 * The survey stage: respondent microdata → design-based estimates with honest error bars.
 *
 *   load (respondent file, score-rules.yaml) → score (literate or not) → design (weights, strata,
 *   clusters, fpc, lonely PSUs) → estimate (mean, proportion, total, ratio; whole sample and domains;
 *   Taylor-linearisation variance, t intervals on the design df, deff, reliability flags)
 *
 * Results follow R's survey package (svydesign, svymean, svytotal, svyratio, svyby, svyciprop).
 */
export type {
  CiMethod, DesignSpec, EstimateRow, LonelyPsu, Psu, ReliabilityFlag, ScoreDimension, ScoreItem, ScoreRule, ScoreRules,
  Stat, Stratum, SurveyDesign, SurveyRole, SurveyTable, TableSource,
} from './types.js';
export { ciMethods, lonelyPsuOptions, statNames } from './types.js';
export { SURVEY_HEADER_SYNONYMS, detectDesign, detectRoles, findColumn } from './columns.js';
export { parseRespondents } from './respondents.js';
export type { ScoreRulesInput } from './schema.js';
export { scoreRulesSchema } from './schema.js';
export { parseScoreRules } from './score-rules.js';
export type { ScoredRespondents } from './scoring.js';
export { normalizeAnswer, scoreRespondents, withLiterateColumn } from './scoring.js';
export { buildDesign } from './design.js';
export { linearizedVariance } from './variance.js';
export { degreesOfFreedom } from './degrees-of-freedom.js';
export type { LinearEstimate } from './linear-estimate.js';
export { surveyMean } from './mean.js';
export { surveyTotal } from './total.js';
export { surveyRatio } from './ratio.js';
export type { Interval, IntervalInput } from './confidence-interval.js';
export { proportionInterval, waldInterval } from './confidence-interval.js';
export type { ReliabilityThresholds } from './reliability.js';
export { RELIABILITY, reliabilityFlags } from './reliability.js';
export type { Domain } from './domains.js';
export { splitDomains } from './domains.js';
export type { DesignSummary, EstimateOptions, SurveyEstimates } from './estimate.js';
export { domainLabel, estimate } from './estimate.js';
export { LITERATE_COLUMN, estimateLiteracy } from './estimate-literacy.js';
export { SCORE_RULES_FILE, findScoreRules, loadRespondents, loadScoreRules } from './load.js';
