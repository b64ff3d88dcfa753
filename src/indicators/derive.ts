import type { Regions } from '../data/types.js';
import type { CompiledFormula } from './formula/compile.js';
import type { Coverage, Series, ValueStore } from './store.js';
import { COMPUTED, OBSERVED } from './store.js';
import type { Indicator } from './types.js';

/** A derived value that could not be computed, and why. */
export interface MissingValue {
  region: string;
  year: number;
  indicator: string;
  /** The inputs that had no value, or 'division_by_zero'. */
  missing: string[];
}

/** A formula's reference with its series (undefined when no value of it exists anywhere). */
interface Ref {
  id: string;
  group: string;
  series: Series | undefined;
}

/**
 * Computes a derived indicator for every region and year. At a parent whose inputs were rolled
 * up, a `recompute` indicator over summed inputs is a ratio of sums over the children that
 * reported every input (per capita: Σ funding ÷ Σ population of the same districts), never a
 * mean of the children's ratios and never a ratio of mismatched partial sums. Reads the inputs
 * from the store's columns and writes into the indicator's own series.
 */
export function deriveIndicator(
  store: ValueStore,
  regions: Regions,
  indicator: Indicator,
  formula: CompiledFormula,
  inputs: ReadonlyMap<string, Indicator>,
): MissingValue[] {
  const missingValues: MissingValue[] = [];
  const summable = formula.refs.every((r) => inputs.get(r.id)?.aggregation === 'sum');
  const refs: Ref[] = formula.refs.map((r) => ({ id: r.id, group: r.group, series: store.series(r.id, r.group) }));
  // By id, then group: the formula asks once per reference and cell, and a concatenated key per
  // ask was a quarter of a national derivation.
  const bySeries = new Map<string, Map<string, Series | undefined>>();
  for (const r of refs) {
    const groups = bySeries.get(r.id) ?? new Map<string, Series | undefined>();
    if (!groups.has(r.group)) groups.set(r.group, r.series);
    bySeries.set(r.id, groups);
  }
  const seriesOf = (id: string, group: string) => bySeries.get(id)?.get(group);
  // The formula's inputs at one cell: one function for every cell, told the cell before each
  // evaluation (a closure made for each of a national derivation's 240,000 cells was garbage).
  let here = 0;
  const atHere = (id: string, group: string) => {
    const s = seriesOf(id, group);
    return s?.has(here) ? s.value[here] : undefined;
  };
  const out = store.seriesFor(indicator.id, 'total');
  const years = store.years.length;
  for (const region of regions.list) {
    const children = regions.children.get(region.code) ?? [];
    const r = store.region(region.code)!;
    const childRows = children.map((c) => store.region(c.code)!);
    const childCodes = children.map((c) => c.code);
    for (let y = 0; y < years; y++) {
      const cell = r * years + y;
      let any = false;
      let observedHere = true;
      for (const ref of refs) {
        const has = ref.series?.has(cell) ?? false;
        if (has) any = true;
        if (!has || ref.series!.origin[cell] !== OBSERVED) observedHere = false;
      }
      if (!any && children.length === 0) continue;
      const result =
        children.length > 0 && !observedHere && summable && indicator.aggregation === 'recompute'
          ? fromCompleteChildren(refs, seriesOf, childCodes, childRows, years, y, formula)
          : fromHere(refs, (here = cell), atHere, formula);
      if ('missing' in result) {
        if (any) missingValues.push({ region: region.code, year: store.years[y]!, indicator: indicator.id, missing: result.missing });
        continue;
      }
      out.value[cell] = result.value;
      out.origin[cell] = COMPUTED;
      out.setExtras(cell, undefined);
      out.setCoverage(cell, result.coverage);
      out.setApproximate(cell, result.approximate);
    }
  }
  return missingValues;
}

type Outcome = { value: number; coverage?: Coverage; approximate: boolean } | { missing: string[] };

/** The formula on the region's own inputs at `cell` (`atHere`: the inputs' values at that cell). */
function fromHere(refs: readonly Ref[], cell: number, atHere: (id: string, group: string) => number | undefined, formula: CompiledFormula): Outcome {
  const r = formula.evaluate(atHere);
  if (r.value === undefined) return { missing: r.undefinedResult ? ['division_by_zero'] : r.missing };
  // The least complete input's coverage (the first of equals, as a stable sort would give).
  let worst: Coverage | undefined;
  let approximate = false;
  for (const ref of refs) {
    if (!ref.series?.has(cell)) continue;
    if (ref.series.isApproximate(cell)) approximate = true;
    const coverage = ref.series.coverage(cell);
    if (coverage && (!worst || coverage.reported / coverage.expected - worst.reported / worst.expected < 0)) worst = coverage;
  }
  return { value: r.value, coverage: worst, approximate };
}

function fromCompleteChildren(
  refs: readonly Ref[],
  seriesOf: (id: string, group: string) => Series | undefined,
  children: readonly string[],
  rows: readonly number[],
  years: number,
  y: number,
  formula: CompiledFormula,
): Outcome {
  const complete: number[] = [];
  for (let k = 0; k < rows.length; k++) {
    const cell = rows[k]! * years + y;
    if (refs.every((ref) => ref.series?.has(cell))) complete.push(k);
  }
  if (complete.length === 0) {
    const absent = refs.filter((ref) => rows.every((row) => !ref.series?.has(row * years + y)));
    return { missing: absent.length ? absent.map((ref) => (ref.group === 'total' ? ref.id : `${ref.id}.${ref.group}`)) : ['no_complete_child'] };
  }
  const r = formula.evaluate((id, group) => {
    const s = seriesOf(id, group)!;
    let sum = 0;
    for (const k of complete) sum += s.value[rows[k]! * years + y]!;
    return sum;
  });
  if (r.value === undefined) return { missing: r.undefinedResult ? ['division_by_zero'] : r.missing };
  const nested: string[] = [];
  for (const k of complete) {
    const cell = rows[k]! * years + y;
    for (const ref of refs) {
      const m = ref.series!.missing?.get(cell);
      if (m && ref.series!.coverage(cell)) nested.push(...m);
    }
  }
  const isComplete = new Uint8Array(children.length);
  for (const k of complete) isComplete[k] = 1;
  return {
    value: r.value,
    approximate: false,
    coverage: { reported: complete.length, expected: children.length, missing: [...children.filter((_, k) => !isComplete[k]), ...new Set(nested)] },
  };
}
