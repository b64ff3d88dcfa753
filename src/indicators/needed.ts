import type { CompiledIndicators } from './compile.js';
import type { Indicator } from './types.js';

/**
 * The indicators that computing `wanted` takes: each wanted one, what its formula refers to, and
 * the weight of each weighted mean among them, followed to the end. `kepu evaluate` reads only the
 * plan's targeted indicators (the synthetic national plan targets 9 of 32), so it rolls up and
 * derives only these (issue 20); every value of them comes out as the full computation gives it,
 * since a roll-up reads only its own series and its weight, and a formula only its references.
 * @example
 * neededIndicators(compiled, indicators, ['funding_per_capita']); // funding_per_capita, funding_total, population
 */
export function neededIndicators(compiled: CompiledIndicators, indicators: ReadonlyMap<string, Indicator>, wanted: Iterable<string>): Set<string> {
  const formulas = new Map(compiled.derived.map((d) => [d.indicator.id, d.formula]));
  const needed = new Set<string>();
  const visit = (id: string): void => {
    if (needed.has(id)) return;
    needed.add(id);
    for (const ref of formulas.get(id)?.refs ?? []) visit(ref.id);
    const weight = indicators.get(id)?.weight;
    if (weight !== undefined) visit(weight);
  };
  for (const id of wanted) visit(id);
  return needed;
}
