import type { Issue } from '../errors/index.js';
import { issue } from '../errors/index.js';
import type { CompiledFormula } from './formula/compile.js';
import { compileFormula } from './formula/compile.js';
import { evaluationOrder } from './order.js';
import type { Indicator } from './types.js';

export interface CompiledIndicators {
  /** Compiled formulas of the derived indicators, in evaluation order. */
  derived: { indicator: Indicator; formula: CompiledFormula }[];
  inputs: Indicator[];
}

/**
 * Compiles every formula against the set of indicator ids, locating each problem in its file,
 * and orders derived indicators so that each follows what it uses.
 */
export function compileIndicators(indicators: ReadonlyMap<string, Indicator>): { compiled?: CompiledIndicators; issues: Issue[] } {
  const known = new Set(indicators.keys());
  const issues: Issue[] = [];
  const formulas = new Map<string, { indicator: Indicator; formula: CompiledFormula; inputs: string[] }>();
  for (const ind of indicators.values()) {
    if (!ind.formula) continue;
    const { formula, problems } = compileFormula(ind.formula, known);
    for (const p of problems) {
      const f = ind.formula;
      // (The line only for a problem: finding it takes the careful YAML parse, Indicator.formulaLine.)
      const where = { file: ind.file, ...(ind.formulaLine ? { line: ind.formulaLine } : {}), path: ['formula'] };
      if (p.kind === 'syntax') issues.push(issue('INDICATOR_FORMULA_SYNTAX', { formula: f, at: p.at, detail: p.detail }, where));
      else if (p.kind === 'unknown_name') issues.push(issue('INDICATOR_FORMULA_UNKNOWN_NAME', { formula: f, at: p.at, name: p.name, suggestion: p.suggestion }, where));
      else if (p.kind === 'unknown_function') issues.push(issue('INDICATOR_FORMULA_UNKNOWN_FUNCTION', { formula: f, at: p.at, name: p.name, allowed: p.allowed }, where));
      else issues.push(issue('INDICATOR_FORMULA_ARITY', { formula: f, at: p.at, name: p.name, expected: p.expected, got: p.got }, where));
    }
    if (formula) formulas.set(ind.id, { indicator: ind, formula, inputs: formula.inputs });
  }
  const { order, cycle } = evaluationOrder(formulas);
  if (cycle) issues.push(issue('INDICATOR_FORMULA_CYCLE', { ids: cycle }, { file: indicators.get(cycle[0]!)?.file }));
  if (issues.length) return { issues };
  return {
    issues,
    compiled: {
      derived: order.map((id) => formulas.get(id)!).map(({ indicator, formula }) => ({ indicator, formula })),
      inputs: [...indicators.values()].filter((i) => i.input),
    },
  };
}
