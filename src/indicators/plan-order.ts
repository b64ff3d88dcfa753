import { actionIndicators } from '../plan/action-indicators.js';
import type { Plan } from '../plan/types.js';
import { references } from './formula/ast.js';
import { parseFormula } from './formula/parse.js';
import type { Indicator } from './types.js';

/**
 * The order a plan names its indicators in: its targets' first (a derived indicator stands for
 * the inputs of its formula, in the formula's order: 人均科普专项经费 → 科普专项经费, 常住人口), then
 * those of its actions in the plan's order, then every other indicator by its Chinese name
 * (pinyin collation). Forms list their rows in this order, so that a form reads as the plan does.
 */
export function planIndicatorOrder(plan: Plan, indicators: ReadonlyMap<string, Indicator>): string[] {
  const order: string[] = [];
  const seen = new Set<string>();
  const add = (id: string): void => {
    if (seen.has(id)) return;
    seen.add(id);
    const ind = indicators.get(id);
    if (!ind) return;
    if (ind.formula) for (const ref of formulaInputs(ind.formula)) add(ref);
    order.push(id);
  };
  for (const t of plan.targets) if (t.indicator) add(t.indicator);
  for (const action of plan.actions) for (const id of actionIndicators(plan, action)) add(id);
  const rest = [...indicators.values()].filter((i) => !seen.has(i.id)).sort((a, b) => a.name.zh.localeCompare(b.name.zh, 'zh'));
  return [...order, ...rest.map((i) => i.id)];
}

/** The indicator ids a formula reads, in order; none when it does not parse (compileIndicators reports that). */
function formulaInputs(formula: string): string[] {
  try {
    return references(parseFormula(formula)).map((r) => r.id);
  } catch {
    return [];
  }
}
