import type { Regions } from '../data/types.js';
import type { Indicator, IndicatorValue } from '../indicators/types.js';
import type { FieldValues } from '../indicators/value-table.js';
import type { Fraction, Term } from './fraction.js';
import { toFraction } from './fraction.js';

/**
 * The ratio indicators whose parents kepu computes as a ratio of sums, each as a Fraction: a
 * derived indicator with `aggregation: recompute`, every input summed up the regions
 * (`aggregation: sum`), and a formula that is scale × Σ fields ÷ Σ fields. Shares weighted by
 * population (literacy_share), differences of shares (literacy_gap_urban_rural) and anything
 * else are not here: no numerator and denominator redo them by summing.
 */
export function ratioIndicators(indicators: ReadonlyMap<string, Indicator>): Map<string, Fraction> {
  const out = new Map<string, Fraction>();
  for (const ind of indicators.values()) {
    if (!ind.formula || ind.aggregation !== 'recompute') continue;
    const fraction = toFraction(ind.formula);
    if (!fraction) continue;
    const terms = [...fraction.numerator, ...fraction.denominator];
    if (terms.every((t) => indicators.get(t.id)?.aggregation === 'sum')) out.set(ind.id, fraction);
  }
  return out;
}

/** One value's numerator, denominator and scale (value = scale × numerator ÷ denominator). */
export interface RatioPart {
  numerator: number;
  denominator: number;
  scale: number;
}

/** The values of a field (indicator, group), or undefined when it has none anywhere. */
export type Fields = (indicator: string, group: string) => FieldValues | undefined;

/**
 * The numerator and denominator behind every value of a ratio indicator (ratioIndicators), so
 * that value = scale × numerator ÷ denominator and an engine can redo the roll-up by summing.
 * They are the sums kepu's own formula step used (src/indicators/derive.ts): at a region that
 * reported the inputs itself, or has no sub-regions, its own inputs; at a parent, the sums over
 * the sub-regions that reported every input (the same sub-regions as the value's coverage), never
 * a parent's inputs summed from other sub-regions. `fields` must give every region's input values
 * (not a filtered table's): the computed table's own (`IndicatorTable.field`), or fieldsOf(rows).
 * A pair that would not give the row's value to 1e-9 is left null rather than written wrong;
 * tests/export/ratio-parts.test.ts holds that none is on the samples. Returns a row's parts (set
 * on `into` when given: a writer that reads them before the next row's needs one object), null
 * when it is no ratio's value.
 */
export function ratioParts(regions: Regions, indicators: ReadonlyMap<string, Indicator>, fields: Fields): (row: IndicatorValue, into?: RatioPart) => RatioPart | null {
  const ratios = ratioIndicators(indicators);
  type Input = FieldValues | undefined;
  const resolved = new Map([...ratios].map(([id, f]) => {
    const resolve = (list: readonly Term[]) => list.map((t) => ({ coef: t.coef, at: fields(t.id, t.group) as Input }));
    const numerator = resolve(f.numerator);
    const denominator = resolve(f.denominator);
    const all = [...numerator, ...denominator].map((t) => t.at);
    return [id, { scale: f.scale, numerator, denominator, all, sums: new Float64Array(all.length) }];
  }));
  // The sub-regions' codes by region, made once; below, loops rather than arrays and closures
  // made per row (a national table has 240,000 ratio values; sampled, this function allocated
  // 174 MB of a national Parquet export's 1.2 GB with them, 112 MB without).
  const childCodes = new Map([...regions.children].map(([code, list]) => [code, list.map((c) => c.code)]));
  return (row, into) => {
    const fraction = resolved.get(row.indicator);
    if (!fraction || row.group !== 'total' || row.value === null) return null;
    const { year, region } = row;
    const { all, sums } = fraction;
    const children = childCodes.get(region);
    // As derive.ts: the region's own inputs, or the sums over its complete sub-regions. Each
    // field is summed first (sums, in the order of `all`), then the fields combined, as the
    // formula is evaluated on the sums.
    if (!children?.length || observedAll(all, region, year)) {
      for (let t = 0; t < all.length; t++) sums[t] = all[t]?.value(region, year) ?? NaN;
    } else {
      sums.fill(0);
      for (const child of children) {
        let complete = true;
        for (let t = 0; t < all.length && complete; t++) complete = all[t]?.value(child, year) !== undefined;
        if (!complete) continue;
        for (let t = 0; t < all.length; t++) sums[t]! += all[t]!.value(child, year)!;
      }
    }
    let numerator = 0;
    let denominator = 0;
    const above = fraction.numerator.length;
    for (let t = 0; t < all.length; t++) {
      if (t < above) numerator += fraction.numerator[t]!.coef * sums[t]!;
      else denominator += fraction.denominator[t - above]!.coef * sums[t]!;
    }
    const redone = (fraction.scale * numerator) / denominator;
    if (!(Math.abs(redone - row.value) <= 1e-9 * Math.max(1, Math.abs(row.value)))) return null;
    if (!into) return { numerator, denominator, scale: fraction.scale };
    into.numerator = numerator;
    into.denominator = denominator;
    into.scale = fraction.scale;
    return into;
  };
}

/** Whether the region reported every input itself (a loop, not a closure made per row). */
function observedAll(all: readonly (FieldValues | undefined)[], region: string, year: number): boolean {
  for (const at of all) if (!at?.observed(region, year)) return false;
  return true;
}

/**
 * The ratios' input values read from rows held in memory (only those fields are kept), for
 * ratioParts: the rows of every region, as `kepu compute` computes them.
 */
export function fieldsOf(rows: Iterable<IndicatorValue>, indicators: ReadonlyMap<string, Indicator>): Fields {
  const needed = new Set([...ratioIndicators(indicators).values()].flatMap((f) => [...f.numerator, ...f.denominator].map(key)));
  // field → region → year → value and origin.
  const inputs = new Map<string, Map<string, Map<number, { value: number; origin: string }>>>();
  for (const row of rows) {
    const k = key({ id: row.indicator, group: row.group });
    if (row.value === null || !needed.has(k)) continue;
    let byRegion = inputs.get(k);
    if (!byRegion) inputs.set(k, (byRegion = new Map()));
    let byYear = byRegion.get(row.region);
    if (!byYear) byRegion.set(row.region, (byYear = new Map()));
    byYear.set(row.year, { value: row.value, origin: row.origin });
  }
  return (indicator, group) => {
    const byRegion = inputs.get(key({ id: indicator, group }));
    return byRegion && {
      value: (region, year) => byRegion.get(region)?.get(year)?.value,
      observed: (region, year) => byRegion.get(region)?.get(year)?.origin === 'observed',
    };
  };
}

const key = (t: Pick<Term, 'id' | 'group'>) => `${t.id}\u0000${t.group}`;
