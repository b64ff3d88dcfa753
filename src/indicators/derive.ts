import type { Regions } from '../data/types.js';
import type { CompiledFormula } from './formula/compile.js';
import type { StoredValue } from './store.js';
import type { ValueStore } from './store.js';
import type { Indicator } from './types.js';

/** A derived value that could not be computed, and why. */
export interface MissingValue {
  region: string;
  year: number;
  indicator: string;
  /** The inputs that had no value, or 'division_by_zero'. */
  missing: string[];
}

/**
 * Computes a derived indicator for every region and year. At a parent whose inputs were rolled
 * up, a `recompute` indicator over summed inputs is a ratio of sums over the children that
 * reported every input (per capita: Σ funding ÷ Σ population of the same districts), never a
 * mean of the children's ratios and never a ratio of mismatched partial sums.
 */
export function deriveIndicator(
  store: ValueStore,
  regions: Regions,
  indicator: Indicator,
  formula: CompiledFormula,
  inputs: ReadonlyMap<string, Indicator>,
  years: readonly number[],
): MissingValue[] {
  const missingValues: MissingValue[] = [];
  const summable = formula.refs.every((r) => inputs.get(r.id)?.aggregation === 'sum');
  for (const region of regions.list) {
    const children = regions.children.get(region.code) ?? [];
    for (const year of years) {
      const here = formula.refs.map((r) => store.get(region.code, year, r.id, r.group));
      if (here.every((v) => v === undefined) && children.length === 0) continue;
      const observedHere = here.every((v) => v?.origin === 'observed');
      const result =
        children.length > 0 && !observedHere && summable && indicator.aggregation === 'recompute'
          ? fromCompleteChildren(store, children.map((c) => c.code), year, formula)
          : fromHere(here, formula, (id, group) => store.get(region.code, year, id, group)?.value);
      if ('missing' in result) {
        if (here.some((v) => v !== undefined)) missingValues.push({ region: region.code, year, indicator: indicator.id, missing: result.missing });
        continue;
      }
      store.set(region.code, year, indicator.id, 'total', result);
    }
  }
  return missingValues;
}

type Outcome = StoredValue | { missing: string[] };

function fromHere(here: (StoredValue | undefined)[], formula: CompiledFormula, env: (id: string, group: string) => number | undefined): Outcome {
  const r = formula.evaluate(env);
  if (r.value === undefined) return { missing: r.undefinedResult ? ['division_by_zero'] : r.missing };
  const covered = here.filter((v): v is StoredValue => v?.coverage !== undefined);
  const worst = covered.sort((a, b) => a.coverage!.reported / a.coverage!.expected - b.coverage!.reported / b.coverage!.expected)[0];
  return {
    value: r.value,
    origin: 'computed',
    coverage: worst?.coverage,
    approximate: here.some((v) => v?.approximate) || undefined,
  };
}

function fromCompleteChildren(store: ValueStore, children: readonly string[], year: number, formula: CompiledFormula): Outcome {
  const complete = children.filter((c) => formula.refs.every((r) => store.has(c, year, r.id, r.group)));
  if (complete.length === 0) {
    const absent = formula.refs.filter((r) => children.every((c) => !store.has(c, year, r.id, r.group)));
    return { missing: absent.length ? absent.map((r) => (r.group === 'total' ? r.id : `${r.id}.${r.group}`)) : ['no_complete_child'] };
  }
  const r = formula.evaluate((id, group) => complete.reduce((sum, c) => sum + store.get(c, year, id, group)!.value, 0));
  if (r.value === undefined) return { missing: r.undefinedResult ? ['division_by_zero'] : r.missing };
  const nested = complete.flatMap((c) => formula.refs.flatMap((ref) => store.get(c, year, ref.id, ref.group)?.coverage?.missing ?? []));
  return {
    value: r.value,
    origin: 'computed',
    coverage: { reported: complete.length, expected: children.length, missing: [...children.filter((c) => !complete.includes(c)), ...new Set(nested)] },
  };
}
