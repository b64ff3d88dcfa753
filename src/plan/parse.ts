import type { Issue, Where } from '../errors/index.js';
import { formatPath } from '../errors/index.js';
import { parseYaml } from '../util/yaml-source.js';
import { zodIssues } from '../util/zod-issues.js';
import { normalizePlan } from './normalize.js';
import { planSchema } from './schema.js';
import type { PlanInput } from './schema.js';
import type { Plan } from './types.js';
import type { ValidatePlanOptions } from './validate.js';
import { validatePlan } from './validate.js';

export interface ParsePlanOptions extends ValidatePlanOptions {
  /** The file name used in messages. Default: '<plan>'. */
  file?: string;
}

export interface ParsedPlan {
  /** The plan, when it has no errors. */
  plan?: Plan;
  /** Every problem found (syntax, shape, consistency), each with its line. */
  issues: Issue[];
}

/**
 * Parses a plan file's text: YAML → schema → consistency checks → canonical Plan.
 * Pure: reads no file. All problems are collected; the plan is returned only when there are none.
 * @example
 * const { plan, issues } = parsePlan(text, { file: 'data/plans/linyi.yaml', indicatorIds });
 */
export function parsePlan(text: string, options: ParsePlanOptions = {}): ParsedPlan {
  const { file = '<plan>' } = options;
  const source = parseYaml(text, file);
  if (source.issues.length) return { issues: source.issues };
  const locate = (path: (string | number)[]) => ({ file, line: source.lineOf(path), path });
  const parsed = planSchema.safeParse(source.value, { reportInput: true });
  if (!parsed.success) {
    // Still run the consistency checks on what was written, so that one run reports every
    // problem (a wrong type and a duplicate id together), skipping places the schema flagged.
    const shapeIssues = zodIssues(parsed.error.issues, locate, planSchema);
    return { issues: [...shapeIssues, ...bestEffortChecks(source.value, locate, options, shapeIssues)] };
  }
  const issues = validatePlan(parsed.data, locate, options);
  if (issues.some((i) => i.severity === 'error')) return { issues };
  return { plan: normalizePlan(parsed.data), issues };
}

function bestEffortChecks(
  value: unknown,
  locate: (path: (string | number)[]) => Where,
  options: ValidatePlanOptions,
  already: readonly Issue[],
): Issue[] {
  const flagged = already.map((i) => formatPath(i.where?.path ?? []));
  try {
    return validatePlan(value as PlanInput, locate, options).filter((i) => {
      const path = formatPath(i.where?.path ?? []);
      return !flagged.some((f) => within(path, f) || within(f, path));
    });
  } catch {
    return []; // the shape is too broken to say more; the schema issues stand alone
  }
}

/** True when path `a` is `b` or lies inside it (targets[1].value inside targets[1], not targets[10]). */
function within(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b}.`) || a.startsWith(`${b}[`);
}
