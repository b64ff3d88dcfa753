import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Issue } from '../errors/index.js';
import { InputError, KepuError } from '../errors/index.js';
import { readText } from '../util/load-text.js';
import type { ParsedPlan, ParsePlanOptions } from './parse.js';
import { parsePlan } from './parse.js';
import type { PlanName } from './suggest.js';
import { suggestPlan } from './suggest.js';
import type { Plan } from './types.js';

/** The folder of the plans shipped with kepu (data/plans/). */
export const bundledPlansDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../data/plans');

/** Ids of the bundled plans, sorted. */
export function bundledPlanIds(): string[] {
  return readdirSync(bundledPlansDir)
    .filter((f) => extname(f) === '.yaml')
    .map((f) => basename(f, '.yaml'))
    .sort();
}

/** Resolves a plan reference: a bundled plan id, or a path to a plan file. */
export function resolvePlanPath(ref: string, cwd = process.cwd()): string {
  const bundled = join(bundledPlansDir, `${ref}.yaml`);
  if (/^[a-z0-9][a-z0-9_-]*$/.test(ref) && existsSync(bundled)) return bundled;
  const path = resolve(cwd, ref);
  if (existsSync(path)) return path;
  throw new KepuError('PLAN_NOT_FOUND', { plan: ref, known: bundledPlanIds(), suggestion: suggestBundledPlan(ref) });
}

/** The bundled plan `ref` most likely means (聊城 → liaocheng), read only when a reference names none. */
function suggestBundledPlan(ref: string): PlanName | undefined {
  const plans = bundledPlanIds().flatMap((id) => {
    const { plan } = checkPlanFile(join(bundledPlansDir, `${id}.yaml`));
    return plan ? [{ id, name: plan.jurisdiction.name }] : [];
  });
  const found = suggestPlan(ref, plans);
  return found && { id: found.id, name: found.name };
}

/** Reads and checks a plan file, returning every problem (does not throw on bad content). */
export function checkPlanFile(path: string, options: Omit<ParsePlanOptions, 'file' | 'expectedId'> & { display?: string } = {}): ParsedPlan {
  const { display = path, ...rest } = options;
  return parsePlan(readText(path), { ...rest, file: display, expectedId: basename(path, extname(path)) });
}

/**
 * Loads a plan by bundled id or path; throws an InputError listing every problem.
 * @example
 * const plan = loadPlan('linyi', { indicatorIds });
 */
export function loadPlan(ref: string, options: Omit<ParsePlanOptions, 'file' | 'expectedId'> & { display?: string } = {}): { plan: Plan; warnings: Issue[] } {
  const path = resolvePlanPath(ref);
  const { plan, issues } = checkPlanFile(path, options);
  if (!plan) throw new InputError(issues);
  return { plan, warnings: issues };
}
