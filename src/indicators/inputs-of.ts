import type { Indicator } from './types.js';

/**
 * The input fields an indicator rests on: itself when it is an input, else the inputs of its
 * formula and weight, followed through derived indicators. Sorted. Pure.
 * @example
 * inputsOf(indicators, 'special_funding_per_capita'); // ['population', 'special_funding']
 */
export function inputsOf(indicators: ReadonlyMap<string, Pick<Indicator, 'input' | 'formula' | 'weight'>>, id: string): string[] {
  const out = new Set<string>();
  const seen = new Set<string>();
  const walk = (at: string) => {
    if (seen.has(at)) return;
    seen.add(at);
    const ind = indicators.get(at);
    if (!ind) return;
    if (ind.input) out.add(at);
    for (const m of (ind.formula ?? '').matchAll(/d\.([a-z][a-z0-9_]*)/g)) walk(m[1]!);
    if (ind.weight) walk(ind.weight);
  };
  walk(id);
  return [...out].sort();
}
