import { KepuError } from '../errors/index.js';
import { loadPlan } from '../plan/load.js';
import { initWorkspace } from '../workspace/write.js';
import { bundledPlans } from './plans.js';

/**
 * `kepu init`: a new workspace folder for a bundled plan (or a plan file); returns the files made.
 * Without a plan it refuses, listing the bundled ones: a workspace without a plan cannot run a
 * single command, and an office that forgot --plan should not find that out at kepu forms.
 */
export function createWorkspace(options: { dir: string; plan?: string }): { files: string[] } {
  if (!options.plan) {
    throw new KepuError('INIT_PLAN_REQUIRED', { dir: options.dir, plans: bundledPlans().map((p) => ({ id: p.id, name: p.jurisdiction.name })) });
  }
  return { files: initWorkspace(options.dir, loadPlan(options.plan).plan) };
}
