import type { Regions } from '../data/types.js';
import type { IndicatorValue } from '../indicators/types.js';

/** Dispersion of one indicator across the sub-regions of a parent in one year. */
export interface Dispersion {
  n: number;
  min: number;
  max: number;
  range: number;
  /** max ÷ min (null when min is 0). */
  max_min_ratio: number | null;
  /** Coefficient of variation: population standard deviation ÷ mean. */
  cv: number | null;
  /** The same, each region weighted by its population. */
  cv_weighted: number | null;
  /** Theil index T = (1/N) Σ (xᵢ/μ) ln(xᵢ/μ); 0 means equal. */
  theil: number | null;
  /** Population-weighted Theil: Σ sᵢ (xᵢ/μ_w) ln(xᵢ/μ_w), sᵢ the population share. */
  theil_weighted: number | null;
}

/**
 * 不均衡: how unequal an indicator is across sub-regions, in Y and at the baseline, and whether
 * each measure narrowed; the urban–rural gap (urban − rural, in the indicator's unit) likewise.
 * Columns: indicator, parent, year, baseline_year, the Dispersion fields for both years
 * (baseline ones prefixed base_), urban_rural_gap, base_urban_rural_gap, and the *_narrowed flags.
 */
export interface ImbalanceRow extends Dispersion {
  indicator: string;
  parent: string;
  year: number;
  baseline_year: number | null;
  base: Dispersion | null;
  urban_rural_gap: number | null;
  base_urban_rural_gap: number | null;
  range_narrowed: boolean | null;
  cv_narrowed: boolean | null;
  theil_narrowed: boolean | null;
  gap_narrowed: boolean | null;
}

export interface ImbalanceInput {
  values: readonly IndicatorValue[];
  regions: Regions;
  indicators: readonly string[];
  /** The parent whose sub-regions are compared (usually the plan's jurisdiction). */
  parent: string;
  year: number;
  /** Year to compare with (the plan's baseline year). */
  baselineYear?: number;
  /** Indicator giving each region's weight. Default: 'population'. */
  weight?: string;
}

/** Dispersion measures of values (with optional weights); pure. */
export function dispersion(values: readonly number[], weights?: readonly number[]): Dispersion | null {
  const n = values.length;
  if (n === 0) return null;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(values.reduce((a, x) => a + (x - mean) ** 2, 0) / n);
  const out: Dispersion = {
    n, min, max, range: max - min,
    max_min_ratio: min > 0 ? max / min : null,
    cv: mean !== 0 ? sd / mean : null,
    cv_weighted: null,
    theil: mean > 0 && values.every((x) => x >= 0) ? values.reduce((a, x) => a + theilTerm(x / mean), 0) / n : null,
    theil_weighted: null,
  };
  if (weights && weights.length === n && weights.every((w) => w > 0)) {
    const total = weights.reduce((a, b) => a + b, 0);
    const share = weights.map((w) => w / total);
    const mw = values.reduce((a, x, i) => a + share[i]! * x, 0);
    const sdw = Math.sqrt(values.reduce((a, x, i) => a + share[i]! * (x - mw) ** 2, 0));
    out.cv_weighted = mw !== 0 ? sdw / mw : null;
    out.theil_weighted = mw > 0 && values.every((x) => x >= 0) ? values.reduce((a, x, i) => a + share[i]! * theilTerm(x / mw), 0) : null;
  }
  return out;
}

/** r ln r, with its limit 0 at r = 0. */
function theilTerm(r: number): number {
  return r === 0 ? 0 : r * Math.log(r);
}

/** Imbalance of each indicator across the parent's sub-regions in Y, against the baseline year. */
export function imbalance(input: ImbalanceInput): ImbalanceRow[] {
  const { values, regions, parent, year, baselineYear, weight = 'population' } = input;
  const children = new Set((regions.children.get(parent) ?? []).map((r) => r.code));
  const get = (region: string, indicator: string, y: number, group = 'total') =>
    values.find((v) => v.region === region && v.indicator === indicator && v.year === y && v.group === group)?.value ?? null;
  const measure = (indicator: string, y: number) => {
    const pairs = [...children]
      .map((c) => ({ x: get(c, indicator, y), w: get(c, weight, y) }))
      .filter((p): p is { x: number; w: number | null } => p.x !== null);
    const weights = pairs.every((p) => p.w !== null) ? pairs.map((p) => p.w!) : undefined;
    return dispersion(pairs.map((p) => p.x), weights);
  };
  const gap = (indicator: string, y: number) => {
    const u = get(parent, indicator, y, 'urban');
    const r = get(parent, indicator, y, 'rural');
    return u !== null && r !== null ? u - r : null;
  };
  const narrowed = (now: number | null | undefined, then: number | null | undefined) =>
    now === null || now === undefined || then === null || then === undefined ? null : Math.abs(now) < Math.abs(then);
  return input.indicators.flatMap((indicator) => {
    const now = measure(indicator, year);
    if (!now) return [];
    const base = baselineYear === undefined ? null : measure(indicator, baselineYear);
    const g = gap(indicator, year);
    const g0 = baselineYear === undefined ? null : gap(indicator, baselineYear);
    return [{
      indicator, parent, year, baseline_year: base ? baselineYear! : null, ...now, base,
      urban_rural_gap: g, base_urban_rural_gap: g0,
      range_narrowed: narrowed(now.range, base?.range), cv_narrowed: narrowed(now.cv, base?.cv),
      theil_narrowed: narrowed(now.theil, base?.theil), gap_narrowed: narrowed(g, g0),
    }];
  });
}
