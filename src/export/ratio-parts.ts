import type { Regions } from '../data/types.js';
import type { Indicator, IndicatorValue } from '../indicators/types.js';
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

/**
 * The numerator and denominator behind every value of a ratio indicator (ratioIndicators), so
 * that value = scale × numerator ÷ denominator and an engine can redo the roll-up by summing.
 * They are the sums kepu's own formula step used (src/indicators/derive.ts): at a region that
 * reported the inputs itself, or has no sub-regions, its own inputs; at a parent, the sums over
 * the sub-regions that reported every input (the same sub-regions as the value's coverage), never
 * a parent's inputs summed from other sub-regions. Every region's input values must be added
 * (not a filtered table's). A pair that would not give the row's value to 1e-9 is left null rather
 * than written wrong; tests/export/ratio-parts.test.ts holds that none is on the samples.
 *
 * In two passes over rows that need not be held at once: `add` every row first (only the ratios'
 * input values are kept), then ask `of` a row for its parts (null when it is no ratio's value).
 * `kepu compute --format parquet` reads the national table twice from the value columns this way.
 */
export function ratioParts(regions: Regions, indicators: ReadonlyMap<string, Indicator>): { add: (row: IndicatorValue) => void; of: (row: IndicatorValue) => RatioPart | null } {
  const ratios = ratioIndicators(indicators);
  // The input values the fractions read: field → region → year → value and origin.
  const needed = new Set([...ratios.values()].flatMap((f) => [...f.numerator, ...f.denominator].map(key)));
  type Input = { value: number; observed: boolean };
  const inputs = new Map<string, Map<string, Map<number, Input>>>();
  const add = (row: IndicatorValue) => {
    const k = `${row.indicator}\u0000${row.group}`;
    if (row.value === null || !needed.has(k)) return;
    let byRegion = inputs.get(k);
    if (!byRegion) inputs.set(k, (byRegion = new Map()));
    let byYear = byRegion.get(row.region);
    if (!byYear) byRegion.set(row.region, (byYear = new Map()));
    byYear.set(row.year, { value: row.value, observed: row.origin === 'observed' });
  };
  type Inputs = Map<string, Map<number, Input>> | undefined;
  let resolved: Map<string, { scale: number; numerator: { coef: number; rows: Inputs }[]; denominator: { coef: number; rows: Inputs }[]; all: Inputs[] }> | undefined;
  const at = (rows: Inputs, region: string, year: number) => rows?.get(region)?.get(year);
  const of = (row: IndicatorValue): RatioPart | null => {
    // Resolved once, after every row was added.
    resolved ??= new Map([...ratios].map(([id, f]) => {
      const resolve = (list: readonly Term[]) => list.map((t) => ({ coef: t.coef, rows: inputs.get(key(t)) as Inputs }));
      const numerator = resolve(f.numerator);
      const denominator = resolve(f.denominator);
      return [id, { scale: f.scale, numerator, denominator, all: [...numerator, ...denominator].map((t) => t.rows) }];
    }));
    const fraction = resolved.get(row.indicator);
    if (!fraction || row.group !== 'total' || row.value === null) return null;
    const { year } = row;
    const children = regions.children.get(row.region) ?? [];
    const observedHere = fraction.all.every((t) => at(t, row.region, year)?.observed === true);
    // As derive.ts: the region's own inputs, or the sums over its complete sub-regions.
    const from = children.length > 0 && !observedHere
      ? children.map((c) => c.code).filter((c) => fraction.all.every((t) => at(t, c, year)))
      : [row.region];
    const linear = (terms: typeof fraction.numerator) => {
      let total = 0;
      for (const t of terms) {
        // Each field summed first, then combined, as the formula is evaluated on the sums.
        let sum = 0;
        for (const region of from) sum += at(t.rows, region, year)?.value ?? NaN;
        total += t.coef * sum;
      }
      return total;
    };
    const numerator = linear(fraction.numerator);
    const denominator = linear(fraction.denominator);
    const redone = (fraction.scale * numerator) / denominator;
    if (!(Math.abs(redone - row.value) <= 1e-9 * Math.max(1, Math.abs(row.value)))) return null;
    return { numerator, denominator, scale: fraction.scale };
  };
  return { add, of };
}

const key = (t: Pick<Term, 'id' | 'group'>) => `${t.id}\u0000${t.group}`;
