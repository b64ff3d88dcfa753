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

/** Numerator and denominator of each value row, aligned with the rows; null where the row is not a ratio's value. */
export interface RatioColumns {
  numerator: (number | null)[];
  denominator: (number | null)[];
  scale: (number | null)[];
}

/**
 * The numerator and denominator behind every value of a ratio indicator (ratioIndicators), so
 * that value = scale × numerator ÷ denominator and an engine can redo the roll-up by summing.
 * They are the sums kepu's own formula step used (src/indicators/derive.ts): at a region that
 * reported the inputs itself, or has no sub-regions, its own inputs; at a parent, the sums over
 * the sub-regions that reported every input (the same sub-regions as the value's coverage), never
 * a parent's inputs summed from other sub-regions. `rows` must hold every region's input values
 * (not a filtered table). A pair that would not give the row's value to 1e-9 is left null rather
 * than written wrong; tests/export/ratio-parts.test.ts holds that none is on the samples.
 */
export function ratioColumns(rows: readonly IndicatorValue[], regions: Regions, indicators: ReadonlyMap<string, Indicator>): RatioColumns {
  const n = rows.length;
  const out: RatioColumns = { numerator: new Array(n).fill(null), denominator: new Array(n).fill(null), scale: new Array(n).fill(null) };
  const ratios = ratioIndicators(indicators);
  if (ratios.size === 0) return out;
  // The input values the fractions read: field → region → year → row.
  const needed = new Set([...ratios.values()].flatMap((f) => [...f.numerator, ...f.denominator].map(key)));
  const inputs = new Map<string, Map<string, Map<number, IndicatorValue>>>();
  for (const row of rows) {
    const k = `${row.indicator}\u0000${row.group}`;
    if (row.value === null || !needed.has(k)) continue;
    let byRegion = inputs.get(k);
    if (!byRegion) inputs.set(k, (byRegion = new Map()));
    let byYear = byRegion.get(row.region);
    if (!byYear) byRegion.set(row.region, (byYear = new Map()));
    byYear.set(row.year, row);
  }
  const input = (term: Term, region: string, year: number) => inputs.get(key(term))?.get(region)?.get(year);
  for (let i = 0; i < n; i++) {
    const row = rows[i]!;
    const fraction = ratios.get(row.indicator);
    if (!fraction || row.group !== 'total' || row.value === null) continue;
    const terms = [...fraction.numerator, ...fraction.denominator];
    const children = regions.children.get(row.region) ?? [];
    const observedHere = terms.every((t) => input(t, row.region, row.year)?.origin === 'observed');
    // As derive.ts: the region's own inputs, or the sums over its complete sub-regions.
    const from = children.length > 0 && !observedHere
      ? children.map((c) => c.code).filter((c) => terms.every((t) => input(t, c, row.year)))
      : [row.region];
    const sumOf = (t: Term) => {
      let s = 0;
      for (const region of from) s += input(t, region, row.year)?.value ?? NaN;
      return s;
    };
    const linear = (list: readonly Term[]) => list.reduce((acc, t) => acc + t.coef * sumOf(t), 0);
    const numerator = linear(fraction.numerator);
    const denominator = linear(fraction.denominator);
    const redone = (fraction.scale * numerator) / denominator;
    if (!(Math.abs(redone - row.value) <= 1e-9 * Math.max(1, Math.abs(row.value)))) continue;
    out.numerator[i] = numerator;
    out.denominator[i] = denominator;
    out.scale[i] = fraction.scale;
  }
  return out;
}

const key = (t: Pick<Term, 'id' | 'group'>) => `${t.id}\u0000${t.group}`;
