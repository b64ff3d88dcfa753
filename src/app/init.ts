import { KepuError } from '../errors/index.js';
import { loadPlan } from '../plan/load.js';
import { dataYear } from '../workspace/scaffold.js';
import { initWorkspace } from '../workspace/write.js';
import { bundledPlans } from './plans.js';

/**
 * `kepu init`: a new workspace folder for a bundled plan (or a plan file); returns the files made
 * and the year its README's commands collect (the one before `now`, inside the plan's period).
 * Without a plan it refuses, listing the bundled ones: a workspace without a plan cannot run a
 * single command, and an office that forgot --plan should not find that out at kepu forms.
 */
export function createWorkspace(options: { dir: string; plan?: string; now?: () => Date }): { files: string[]; year: number } {
  if (!options.plan) {
    throw new KepuError('INIT_PLAN_REQUIRED', { dir: options.dir, plans: bundledPlans().map((p) => ({ id: p.id, name: p.jurisdiction.name })) });
  }
  const { plan } = loadPlan(options.plan);
  const today = options.now?.();
  // The year the workspace README's commands collect; the CLI names it in its next step too.
  return { files: initWorkspace(options.dir, plan, { today }), year: dataYear(plan, today) };
}
