/**
 * The use-case layer: one function per user task. Each takes one options object, loads what it
 * needs through src/workspace/ (the folder edge), resolves its defaults once (settings.ts: year,
 * method, thresholds, language, date), runs the pure stages, and returns what it made beside the
 * settings it used. The CLI calls exactly one of these per command; no stage imports this folder.
 */
export type { Settings, SettingsOptions, SettingsSource } from './settings.js';
export { documentDate, evaluationYear, resolveSettings } from './settings.js';
export { loadWorkspace } from './workspace.js';
export type { SurveyValues } from './survey-values.js';
export { SURVEY_INDICATOR, mergeSurveyObservations, observationKey, surveyValues } from './survey-values.js';
export type { InputOptions } from './inputs.js';
export { loadTaskInputs } from './inputs.js';
export type { AssessWorkspaceOptions } from './assess.js';
export { assessWorkspace, workspaceValues } from './assess.js';
export type { EvaluateProgressOptions } from './evaluate.js';
export { evaluateProgress, evaluateWorkspace } from './evaluate.js';
export { withoutAuxiliaries, workspaceSmallArea } from './small-area.js';
export type { ComputeValuesOptions } from './compute.js';
export { computeValueRows, computeValues } from './compute.js';
export type { MissingItem, RegionStatus, ReturnState, StatusOptions, TaskGap, UnitStatus, WorkspaceStatus } from './status.js';
export { MISSING_COLUMNS, missingItems, missingRows, reportingStatus, taskGaps, workspaceStatus } from './status.js';
export { workspaceResponsibilities } from './responsibility.js';
export type { FormSpec, WriteFormsOptions } from './forms.js';
export { FORM_COLUMNS, formWorkbook, planForms, writeForms } from './forms.js';
export type { TaskFormSpec, WriteTaskFormsOptions } from './task-forms.js';
export { TASK_FORM_COLUMNS, TASK_STATES, planTaskForms, taskFormWorkbook, writeTaskForms } from './task-forms.js';
export type { CollectOptions, CollectPlan, Conflict, FormResult, MergeRules, Returned } from './collect.js';
export { collectForms, collectedCsv, collectedTaskCsv, collectedUnitCsv, planCollect, planMerge, planTaskCollect } from './collect.js';
export type { TaskProgressOptions } from './tasks.js';
export { taskProgress } from './tasks.js';
export type { DataCheck } from './check.js';
export { checkData } from './check.js';
export { createWorkspace } from './init.js';
export type { DrawChartOptions } from './chart.js';
export { drawChart } from './chart.js';
export type { WorkspaceReportOptions, WriteReportsOptions, WrittenReports } from './report.js';
export { writeReports, writeWorkspaceReports } from './report.js';
export type { DemoOptions } from './demo.js';
export { demoWorkspace, runDemo } from './demo.js';
