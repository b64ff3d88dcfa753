import type { Issue } from '../errors/index.js';
import type { TaskRow, TaskSummary } from '../evaluate/tasks.js';
import { trackTasks } from '../evaluate/tasks.js';
import type { Workspace } from '../workspace/load.js';
import type { Settings, SettingsOptions } from './settings.js';
import { resolveSettings } from './settings.js';
import { loadWorkspace } from './workspace.js';

export interface TaskProgressOptions extends SettingsOptions {
  /** Workspace folder (or a folder inside it). */
  workspace: string;
}

/**
 * `kepu tasks`: where each action, project and task of the plan stands in the evaluation year
 * (the same year `kepu evaluate` and the report use), overall and by lead unit.
 */
export async function taskProgress(options: TaskProgressOptions): Promise<{
  tasks: TaskRow[]; byGroup: TaskSummary[]; byUnit: TaskSummary[]; settings: Settings; workspace: Workspace; warnings: Issue[];
}> {
  const workspace = await loadWorkspace(options.workspace);
  const settings = resolveSettings(workspace, options);
  const result = trackTasks(workspace.plan, workspace.taskReports, settings.year);
  return { ...result, settings, workspace, warnings: workspace.issues.filter((i) => i.severity === 'warning') };
}
