export type {
  Action, ActionGroup, Comparator, Jurisdiction, Measure, Milestone, MilestoneStage, Plan, RegionLevel,
  Target, TargetKind, TargetScope, Unit,
} from './types.js';
export type { PlanInput } from './schema.js';
export { planSchema } from './schema.js';
export { normalizePlan, unitResolver } from './normalize.js';
export type { ValidatePlanOptions } from './validate.js';
export { validatePlan } from './validate.js';
export type { ParsedPlan, ParsePlanOptions } from './parse.js';
export { parsePlan } from './parse.js';
export { bundledPlanIds, bundledPlansDir, checkPlanFile, loadPlan, resolvePlanPath } from './load.js';
