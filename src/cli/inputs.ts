import { resolve } from 'node:path';
import type { Inputs, Workspace } from '../workspace/load.js';
import { loadInputs, loadWorkspace } from '../workspace/load.js';

/** Options shared by commands that read data: a workspace, or regions + data files given directly. */
export interface InputOptions {
  workspace: string;
  regions?: string;
  data?: string[];
  indicators?: string;
  allowPartial?: boolean;
}

/** Loads a workspace, or ad-hoc inputs when --regions and --data are given. */
export async function loadInputOptions(options: InputOptions): Promise<Inputs & { workspace?: Workspace }> {
  if (options.regions) {
    return loadInputs({
      regions: resolve(options.regions),
      data: (options.data ?? []).map((d) => resolve(d)),
      indicatorDirs: options.indicators ? [resolve(options.indicators)] : [],
      allowPartial: options.allowPartial,
    });
  }
  const workspace = await loadWorkspace(options.workspace, { allowPartial: options.allowPartial, data: options.data });
  return { ...workspace, workspace };
}
