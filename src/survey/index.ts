/**
 * The survey stage: respondent microdata → design-based estimates with honest error bars.
 *
 *   load (respondent file, score-rules.yaml, margins) → score (literate or not) → design (weights,
 *   strata, clusters, fpc, lonely PSUs) → replicate weights (jackknife, bootstrap; optional) →
 *   calibrate (post-stratification, raking; optional) → estimate (mean, proportion, total, ratio;
 *   whole sample and domains; Taylor-linearisation, calibration-residual or replicate variance,
 *   t intervals on the design df, deff, reliability flags) → present (the presentation standard:
 *   ok, flagged or suppressed, presentation.ts; its wording, presentation-text.ts)
 *
 * Results follow R's survey package (svydesign, svymean, svytotal, svyratio, svyby, svyciprop,
 * postStratify, rake, as.svrepdesign).
 *
 * Where each step lives: load.ts and respondents.ts; scoring/; design.ts (build-design.ts, then
 * variance/replicate-weights.ts, then calibration/); estimate.ts over estimators/ (mean, total, ratio),
 * variance/ (linearisation, replicates, df, deff, intervals) and reliability.ts. Small-area
 * (Fay–Herriot) estimates of sub-regions from their direct estimates: sae/.
 */
export type {
  BootstrapReplicates, Calibration, CalibrationReport, CalibrationSpec, CiMethod, DesignSpec, EstimateRow, JackknifeReplicates,
  LonelyPsu, Margin, MarginCategory, Psu, ReliabilityFlag, ReplicateMethod, ReplicateSpec, ReplicateWeights, ScoreDimension,
  ScoreItem, ScoreRule, ScoreRules, Stat, Stratum, SurveyDesign, SurveyRole, SurveyTable, TableSource,
} from './types.js';
export { ciMethods, lonelyPsuOptions, replicateMethods, statNames } from './types.js';
export { SURVEY_HEADER_SYNONYMS, detectDesign, detectRoles, findColumn, resolveColumn } from './columns.js';
export type { ObservationTarget } from './to-observations.js';
export { surveyObservations } from './to-observations.js';
export { parseRespondents } from './respondents.js';
export type { ScoreRulesInput } from './schema.js';
export { scoreRulesSchema } from './schema.js';
export { parseScoreRules } from './scoring/score-rules.js';
export type { ScoredRespondents } from './scoring/score-respondents.js';
export { normalizeAnswer, scoreRespondents, withLiterateColumn } from './scoring/score-respondents.js';
export { buildDesign } from './build-design.js';
export { parseMargins } from './calibration/margins.js';
export type { RakeOptions, RakeResult } from './calibration/rake-cells.js';
export { rakeCells } from './calibration/rake-cells.js';
export { calibrateDesign } from './calibration/calibrate.js';
export { RAKING_SWEEPS, calibrationResiduals } from './calibration/calibration-residuals.js';
export { jackknifeReplicates } from './variance/jackknife.js';
export { bootstrapReplicates } from './variance/bootstrap.js';
export { MAX_REPLICATES, parseReplicates, replicateFactors, replicateWeights } from './variance/replicate-weights.js';
export type { SurveyDesignOptions } from './design.js';
export { surveyDesign } from './design.js';
export { linearizedVariance } from './variance/linearized-variance.js';
export type { ReplicateStatistic } from './variance/replicate-variance.js';
export { replicateVariance } from './variance/replicate-variance.js';
export { designVariance } from './variance/design-variance.js';
export { degreesOfFreedom } from './variance/degrees-of-freedom.js';
export type { LinearEstimate } from './estimators/linear-estimate.js';
export { surveyMean } from './estimators/mean.js';
export { surveyTotal } from './estimators/total.js';
export { surveyRatio } from './estimators/ratio.js';
export type { Interval, IntervalInput } from './variance/confidence-interval.js';
export { proportionInterval, waldInterval } from './variance/confidence-interval.js';
export type { Presentation, PresentationInput, PresentationLevel, PresentationReason, UncheckedRule } from './presentation.js';
export { PRESENTATION, classifyPresentation, standardInterval } from './presentation.js';
export type { NoteFor, PresentationSummary } from './presentation-text.js';
export { PRESENTATION_LEVEL_TEXT, PRESENTATION_MARKS, PRESENTATION_REASON_TEXT, UNCHECKED_RULE_TEXT, presentationFootnote, presentationNotes } from './presentation-text.js';
export type { ReliabilityThresholds } from './reliability.js';
export { RELIABILITY, reliabilityFlags } from './reliability.js';
export type { Domain } from './domains.js';
export { splitDomains } from './domains.js';
export type { DesignSummary, EstimateOptions, SurveyEstimates } from './estimate.js';
export { domainLabel, estimate } from './estimate.js';
export { LITERATE_COLUMN, estimateLiteracy } from './estimate-literacy.js';
export { SCORE_RULES_FILE, findScoreRules, loadMargins, loadRespondents, loadScoreRules } from './load.js';
export type { Benchmark, BenchmarkedEstimate, FayHerriotOptions, FhArea, FhEstimate, FhFit, SmallAreaEstimate, SmallAreaModel } from './sae/index.js';
export { differenceBenchmark, fayHerriot } from './sae/index.js';
