export type { WorkspaceConfig } from './schema.js';
export { workspaceSchema } from './schema.js';
export type { Inputs, LoadInputsOptions, LoadWorkspaceDataOptions, LoadWorkspaceOptions, Workspace } from './load.js';
export { CONFIG_FILE, findWorkspace, loadInputs, loadWorkspace, loadWorkspaceConfig } from './load.js';
export type { AssessWorkspaceOptions } from './assess.js';
export { assessWorkspace } from './assess.js';
export type { WorkspaceReportOptions } from './report.js';
export { writeWorkspaceReports } from './report.js';
