import { resolve } from 'node:path';
import type { Inputs, Workspace } from '../workspace/load.js';
import { loadInputs } from '../workspace/load.js';
import { extend } from '../util/extend.js';
import { loadWorkspace } from './workspace.js';

/** Where a task's data come from: a workspace, or a regions file and data files given directly. */
export interface InputOptions {
  /** Workspace folder (or a folder inside it). Default: the working folder. */
  workspace?: string;
  /** A regions file: read these instead of a workspace (with `data`). */
  regions?: string;
  /** Observation files or folders: with `regions`, or in place of a workspace's own. */
  data?: readonly string[];
  /** A folder of extra indicator definitions (with `regions`). */
  indicators?: string;
  /** Skip rows with errors instead of refusing the data. Default: false. */
  allowPartial?: boolean;
}

/** Loads a workspace, or ad-hoc inputs when `regions` is given. */
export async function loadTaskInputs(options: InputOptions): Promise<Inputs & { workspace?: Workspace }> {
  if (options.regions) {
    return loadInputs({
      regions: resolve(options.regions),
      data: (options.data ?? []).map((d) => resolve(d)),
      indicatorDirs: options.indicators ? [resolve(options.indicators)] : [],
      allowPartial: options.allowPartial,
    });
  }
  const workspace = await loadWorkspace(options.workspace ?? '.', { allowPartial: options.allowPartial, data: options.data });
  return extend(workspace, { workspace });
}
