/**
 * kepu-monitor library API. Data flows one way:
 * plan + indicator definitions + observations → indicator values → evaluation → charts → report.
 * The stages are pure; `app/` runs them for one user task each (load a workspace, resolve the
 * year, method and language once, assess, write), and `workspace/` is the folder on disk.
 */
export type { CodeArgs, ErrorCode, Issue, Severity, Where } from './errors/index.js';
export { formatMessage, InputError, KepuError, messages } from './errors/index.js';

export type { Lang, LocalText } from './util/lang.js';
export { formatNumber, formatPercent, formatPoints, formatQuantity } from './util/format-number.js';

export type {
  Action, ActionGroup, Comparator, Jurisdiction, Measure, Milestone, MilestoneStage, ParsedPlan, ParsePlanOptions,
  Plan, PlanInput, RegionLevel, Target, TargetKind, TargetScope, Unit, ValidatePlanOptions,
} from './plan/index.js';
export {
  bundledPlanIds, checkPlanFile, loadPlan, normalizePlan, parsePlan, planSchema, resolvePlanPath, validatePlan,
} from './plan/index.js';

export type { FieldSpec, Grid, Judgement, JudgementGrade, Observation, ObservationContext, ParsedNumber, Region, Regions, TaskReport } from './data/index.js';
export {
  buildRegions, decodeText, loadObservations, loadObservationTable, loadRegions, loadTable, loadTaskReports, mergeObservations,
  ObservationTable, parseCsv, parseJudgements, parseNumber, parseObservations, parseRegions, parseTaskReports, parseYear, readTable,
} from './data/index.js';

export type { CiMethod, DesignSpec, EstimateOptions, EstimateRow, LonelyPsu, Presentation, PresentationLevel, PresentationReason, ScoreRules, Stat, SurveyEstimates, UncheckedRule } from './survey/index.js';
export { classifyPresentation, estimate, estimateLiteracy, loadRespondents, loadScoreRules, parseRespondents, parseScoreRules, scoreRespondents } from './survey/index.js';
export type { Benchmark, FhArea, FhFit, SmallAreaEstimate, SmallAreaModel } from './survey/index.js';
export { differenceBenchmark, fayHerriot } from './survey/index.js';

export type { Aggregation, ComputeInput, Indicator, IndicatorValue, ValueType } from './indicators/index.js';
export {
  bundledIndicatorsDir, compileFormula, compileIndicators, computeIndicators, computeIndicatorValues, indicatorSchema,
  loadIndicators, parseIndicator,
} from './indicators/index.js';

export type {
  EvaluateInput, EvaluationRow, ImbalanceRow, MethodName, Projection, RecordedJudgement, Status, StatusReason, TaskRow, TaskSummary, Thresholds,
} from './evaluate/index.js';
export {
  assess, defaultThresholds, dispersion, evaluate, imbalance, methods, project, statusLabel, statusLabels, trackTasks,
} from './evaluate/index.js';
export type { ChangeCause, ComparedFields, Comparison, PreviousEvaluation, Revision, TargetChange } from './evaluate/index.js';
export { compareWithPrevious, comparedRows, loadPreviousEvaluation, parsePreviousEvaluation } from './evaluate/index.js';

export type { ChartKind, ChartSpec } from './charts/index.js';
export {
  chartFor, gapChart, rankingChart, renderPng, renderSvg, smallMultiplesChart, statusMatrixChart, taskProgressChart, trendChart, volumeChart,
} from './charts/index.js';

export type { Block, ReportDocument, ReportKind, ReportOptions } from './report/index.js';
export { buildReport, compose, layout, loadTemplate, loadVegaRuntime, renderDocx, renderHtml, renderPdf } from './report/index.js';
export { loadFonts } from './fonts/index.js';

export type { Assessment } from './evaluate/index.js';
export type { Inputs, Workspace, WorkspaceConfig } from './workspace/index.js';
export { findWorkspace, initWorkspace, loadInputs } from './workspace/index.js';
export type { Settings, WorkspaceStatus } from './app/index.js';
export {
  assessWorkspace, formWorkbook, loadWorkspace, planCollect, planForms, resolveSettings, workspaceStatus, writeWorkspaceReports,
} from './app/index.js';
