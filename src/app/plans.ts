import { relative } from 'node:path';
import type { Issue } from '../errors/index.js';
import { bundledPlanIds, checkPlanFile, loadPlan, resolvePlanPath } from '../plan/load.js';
import type { Plan } from '../plan/types.js';
import type { LocalText } from '../util/lang.js';
import { catalogue, catalogueIds } from './catalogue.js';

/** `kepu plan list`: the bundled plans, loaded. */
export function bundledPlans(): Plan[] {
  return bundledPlanIds().map((id) => loadPlan(id).plan);
}

/** `kepu plan show`: one plan (bundled id or file), checked against the bundled indicators, with their names. */
export function showPlan(ref: string): { plan: Plan; indicatorNames: Map<string, LocalText> } {
  const { plan } = loadPlan(ref, { indicatorIds: catalogueIds() });
  return { plan, indicatorNames: new Map([...catalogue()].map(([id, ind]) => [id, ind.name])) };
}

/** `kepu plan validate`: every problem of each plan file (or bundled id), with its line. */
export function validatePlans(refs: readonly string[]): { file: string; plan?: Plan; issues: Issue[] }[] {
  const indicatorIds = catalogueIds();
  return refs.map((ref) => {
    const path = resolvePlanPath(ref);
    const display = relative(process.cwd(), path) || path;
    return { file: display, ...checkPlanFile(path, { indicatorIds, display }) };
  });
}
