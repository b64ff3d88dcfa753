import { loadPlan } from '../plan/load.js';
import { initWorkspace } from '../workspace/write.js';

/** `kepu init`: a new workspace folder for a bundled plan (or a blank one); returns the files made. */
export function createWorkspace(options: { dir: string; plan?: string }): { files: string[] } {
  const plan = options.plan ? loadPlan(options.plan).plan : undefined;
  return { files: initWorkspace(options.dir, plan) };
}
