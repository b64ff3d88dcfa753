/**
 * kepu-monitor library API. Data flows one way:
 * plan + indicator definitions + observations → indicator values → evaluation → charts → report.
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

export type { Aggregation, Indicator, ValueType } from './indicators/index.js';
export { bundledIndicatorsDir, indicatorSchema, loadIndicators, parseIndicator } from './indicators/index.js';
