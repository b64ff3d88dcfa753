import type { Plan } from './types.js';

/** The plan's units by name, each with its English name where the plan gives one (for titleList). */
export function unitTitles(plan: Plan, names: readonly string[]): { zh: string; en?: string }[] {
  return names.map((name) => ({ zh: name, en: plan.units.find((u) => u.name === name)?.en }));
}
