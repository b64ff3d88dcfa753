// The object-per-value indicator computation as it was before the columnar core (issue 20),
// kept verbatim as a reference: tests/indicators/columnar-identity.test.ts holds the columnar
// computation to it, value for value and byte for byte, on the five samples and seeded data.
// Not used by src/. Also the map-based merge of observations (tests/data/merge.test.ts).
import type { Issue } from '../../src/errors/index.js';
import { sortByCoordinates } from '../../src/data/coordinates.js';
import { Interner, packIds, unpackIds } from '../../src/util/interner.js';
import { issue } from '../../src/errors/index.js';
import type { Coordinates } from '../../src/data/coordinates.js';
import type { Observation, Regions } from '../../src/data/types.js';
import { bottomUp } from '../../src/data/regions.js';
import { compileIndicators } from '../../src/indicators/compile.js';
import type { CompiledFormula } from '../../src/indicators/formula/compile.js';
import { addTrends } from './reference-trends.js';
import type { Indicator, IndicatorValue } from '../../src/indicators/types.js';
import type { ComputeInput } from '../../src/indicators/compute.js';
import { valuePresentation } from '../../src/indicators/presentation.js';

/** How a value came to be. */
type Origin = 'observed' | 'rolled_up' | 'computed';

/** One indicator value for a region, year and group, with how it was obtained. */
interface StoredValue {
  value: number;
  origin: Origin;
  se?: number;
  /** A survey estimate's own interval (else value ± 1.96 se). */
  ci?: [number, number];
  /** Respondents and design df behind a survey estimate (the presentation standard, issue 21). */
  n?: number;
  df?: number;
  /** Children that contributed, out of those that exist (roll-ups only). */
  coverage?: { reported: number; expected: number; missing: string[] };
  /** True when the value is an approximation (a survey share averaged from district shares). */
  approximate?: boolean;
  note?: string;
  /** Where an observed value came from: its data file's source column (来源), or the survey estimate's description. */
  source?: string;
}

/**
 * A map keyed by coordinates. Each coordinate is numbered on first sight (Interner) and a value
 * is found through two small-integer keys, (indicator, group) then (region, year): a national
 * workspace makes millions of lookups, and building and hashing a `region|year|indicator|group`
 * string for each was the largest cost of reading and rolling up its data.
 */
export class CoordinateMap<V> {
  private readonly regions = new Interner<string>();
  private readonly years = new Interner<number>();
  private readonly indicators = new Interner<string>();
  private readonly groups = new Interner<string>();
  /** (indicator, group) → (region, year) → value, in order of first insertion. */
  private readonly series = new Map<number, Map<number, V>>();

  get(region: string, year: number, indicator: string, group: string): V | undefined {
    const i = this.indicators.find(indicator);
    const g = this.groups.find(group);
    const r = this.regions.find(region);
    const y = this.years.find(year);
    if (i === undefined || g === undefined || r === undefined || y === undefined) return undefined;
    return this.series.get(packIds(i, g))?.get(packIds(r, y));
  }

  set(region: string, year: number, indicator: string, group: string, value: V): void {
    const key = packIds(this.indicators.id(indicator), this.groups.id(group));
    let values = this.series.get(key);
    if (!values) this.series.set(key, (values = new Map()));
    values.set(packIds(this.regions.id(region), this.years.id(year)), value);
  }

  has(region: string, year: number, indicator: string, group: string): boolean {
    return this.get(region, year, indicator, group) !== undefined;
  }

  /** The (year, group) pairs an indicator has any value for, by year then group. */
  combos(indicator: string): { year: number; group: string }[] {
    const i = this.indicators.find(indicator);
    const out: { year: number; group: string }[] = [];
    for (const [key, values] of this.series) {
      const [keyIndicator, g] = unpackIds(key);
      if (keyIndicator !== i) continue;
      const years = new Set<number>();
      for (const ry of values.keys()) years.add(unpackIds(ry)[1]);
      for (const y of years) out.push({ year: this.years.items[y]!, group: this.groups.items[g]! });
    }
    return out.sort((a, b) => a.year - b.year || a.group.localeCompare(b.group));
  }

  /** Every value with its coordinates, grouped by indicator and group. */
  *entries(): IterableIterator<[Coordinates, V]> {
    for (const [key, values] of this.series) {
      const [i, g] = unpackIds(key);
      const indicator = this.indicators.items[i]!;
      const group = this.groups.items[g]!;
      for (const [ry, value] of values) {
        const [r, y] = unpackIds(ry);
        yield [{ region: this.regions.items[r]!, year: this.years.items[y]!, indicator, group }, value];
      }
    }
  }
}


/** The values computed so far, keyed by region, year, indicator and group ('total' unless given). */
class ValueStore extends CoordinateMap<StoredValue> {
  override get(region: string, year: number, indicator: string, group = 'total'): StoredValue | undefined {
    return super.get(region, year, indicator, group);
  }

  override has(region: string, year: number, indicator: string, group = 'total'): boolean {
    return super.has(region, year, indicator, group);
  }
}


/**
 * The indicator computation, in three phases:
 *   1. observed   — input values as reported, per region, year and group;
 *   2. roll up    — parents' inputs from their children (sum, weighted mean…), coverage flagged;
 *   3. derive     — formulas per region and year (ratio of sums at parents), missing inputs named;
 * then trends (change, growth, cumulative, rank). Pure: nothing is read or written.
 * @example
 * const values = computeIndicatorValues({ regions, observations, indicators });
 */
export function referenceComputeIndicatorValues(input: ComputeInput & { observations: readonly Observation[] }): { values: IndicatorValue[]; issues: Issue[] } {
  const { regions, observations, indicators } = input;
  const { compiled, issues } = compileIndicators(indicators);
  if (!compiled) return { values: [], issues };

  const store = new ValueStore();
  for (const o of observations) {
    store.set(o.region, o.year, o.indicator, o.group, { value: o.value, origin: 'observed', se: o.se, ci: o.ci, n: o.n, df: o.df, note: o.note, source: o.source });
  }
  rollUpInputs(store, regions, compiled.inputs);
  const years = [...new Set(observations.map((o) => o.year))].sort((a, b) => a - b);
  const missing = compiled.derived.flatMap(({ indicator, formula }) =>
    deriveIndicator(store, regions, indicator, formula, indicators, years),
  );

  const values: IndicatorValue[] = [];
  for (const [at, stored] of store.entries()) values.push(row(regions, indicators, at.region, at.year, at.indicator, at.group, stored));
  for (const m of missing) {
    values.push({
      ...row(regions, indicators, m.region, m.year, m.indicator, 'total', undefined),
      note: m.missing.includes('division_by_zero') ? 'division_by_zero' : `missing: ${m.missing.join(', ')}`,
    });
  }
  sortByCoordinates(values);
  const periodStart = input.periodStart ?? years[0];
  if (input.trends === false) return { values, issues };
  addTrends(values, regions, {
    periodStart,
    direction: (id) => indicators.get(id)?.direction ?? 'higher',
    isFlow: (id) => indicators.get(id)?.temporal === 'flow',
  });
  return { values, issues };
}

function row(
  regions: Regions,
  indicators: ReadonlyMap<string, Indicator>,
  region: string,
  year: number,
  indicator: string,
  group: string,
  stored: ReturnType<ValueStore['get']>,
): IndicatorValue {
  const r = regions.byCode.get(region);
  const coverage = stored?.coverage;
  const incomplete = coverage && coverage.reported < coverage.expected;
  // Fields written out, not spread from interval(): a spread in a literal builds each of the
  // million rows the slow way.
  const unit = indicators.get(indicator)?.unit ?? '';
  const ci = interval(stored, unit);
  return {
    region,
    region_name: r?.name ?? region,
    level: r?.level ?? '',
    parent: r?.parent ?? null,
    year,
    indicator,
    group,
    value: stored ? stored.value : null,
    unit: indicators.get(indicator)?.unit ?? '',
    se: stored?.se ?? null,
    ci_low: ci.ci_low,
    ci_high: ci.ci_high,
    reliable: ci.reliable,
    presentation: ci.presentation,
    presentation_reasons: ci.presentation_reasons,
    presentation_unchecked: ci.presentation_unchecked,
    origin: stored?.origin ?? 'missing',
    source: stored?.source ?? null,
    reported: coverage?.reported ?? null,
    expected: coverage?.expected ?? null,
    coverage: incomplete ? `${coverage.reported}/${coverage.expected}` : null,
    approximate: stored?.approximate ?? false,
    note: incomplete ? `not reported: ${coverage.missing.join(', ')}` : (stored?.note ?? null),
    change: null,
    change_years: null,
    growth: null,
    cagr: null,
    cumulative: null,
    rank: null,
    rank_of: null,
  };
}

/**
 * A value's 95% interval and presentation (issue 21): a survey estimate's own design-based
 * interval, else the normal interval value ± 1.96 se; the presentation standard wherever there
 * is a standard error, and reliable when it says ok.
 */
function interval(stored: StoredValue | undefined, unit: string): Pick<IndicatorValue, 'ci_low' | 'ci_high' | 'reliable' | 'presentation' | 'presentation_reasons' | 'presentation_unchecked'> {
  const none = { reliable: null, presentation: null, presentation_reasons: null, presentation_unchecked: null };
  if (stored === undefined) return { ci_low: null, ci_high: null, ...none };
  const { value, se } = stored;
  const half = se === undefined ? 0 : 1.959963984540054 * se;
  const ci = stored.ci ? { ci_low: stored.ci[0], ci_high: stored.ci[1] } : se === undefined ? { ci_low: null, ci_high: null } : { ci_low: value - half, ci_high: value + half };
  if (se === undefined) return { ...ci, ...none };
  const p = valuePresentation(value, se, unit, { n: stored.n, df: stored.df });
  return { ...ci, reliable: p.level === 'ok', presentation: p.level, presentation_reasons: p.reasons.join(' ') || null, presentation_unchecked: p.unchecked.join(' ') || null };
}

/**
 * Fills in parent regions' input values from their children's, region by region from the
 * bottom up, by each indicator's aggregation rule (DOMAIN.md "Rolling up regions"):
 * sum for counts and money; a population-weighted mean for survey shares known only by district
 * (flagged approximate); max / min. A parent's own observed value always wins. A parent with
 * some children missing gets the value of those that reported and a coverage flag (7 of 8);
 * "not reported" is never counted as zero.
 */
function rollUpInputs(store: ValueStore, regions: Regions, inputs: readonly Indicator[]): void {
  const rollable = inputs.filter((i) => ['sum', 'weighted_mean', 'max', 'min'].includes(i.aggregation));
  // The (year, group) pairs each indicator has values for, before anything is rolled up.
  const combos = new Map(rollable.map((i) => [i.id, store.combos(i.id)]));
  for (const parent of bottomUp(regions)) {
    const children = (regions.children.get(parent.code) ?? []).map((c) => c.code);
    if (children.length === 0) continue;
    for (const indicator of rollable) {
      for (const { year, group } of combos.get(indicator.id)!) {
        if (store.has(parent.code, year, indicator.id, group)) continue;
        const rolled = aggregate(store, indicator, children, year, group);
        if (rolled) store.set(parent.code, year, indicator.id, group, rolled);
      }
    }
  }
}

/** Aggregates the children's values of one indicator, year and group; undefined if none reported. */
function aggregate(store: ValueStore, indicator: Indicator, children: readonly string[], year: number, group: string): StoredValue | undefined {
  // One pass, no object per child: a national roll-up makes this call a few hundred thousand times.
  // The sums run in the children's order, as a reduce over them would.
  const weighted = indicator.aggregation === 'weighted_mean';
  let reported = 0;
  let sum = 0;
  let weights = 0;
  let max = -Infinity;
  let min = Infinity;
  let approximate = weighted;
  const missing: string[] = [];
  let nested: string[] | undefined;
  for (const code of children) {
    const v = store.get(code, year, indicator.id, group);
    const w = weighted ? store.get(code, year, indicator.weight!, 'total')?.value : 1;
    if (!v || w === undefined || !(w > 0)) {
      missing.push(code);
      continue;
    }
    reported++;
    sum += weighted ? v.value * w : v.value;
    weights += w;
    max = Math.max(max, v.value);
    min = Math.min(min, v.value);
    if (v.approximate) approximate = true;
    if (v.coverage?.missing.length) (nested ??= []).push(...v.coverage.missing);
  }
  if (reported === 0) return undefined;
  const value = indicator.aggregation === 'max' ? max : indicator.aggregation === 'min' ? min : weighted ? sum / weights : sum;
  return {
    value,
    origin: 'rolled_up',
    coverage: { reported, expected: children.length, missing: nested ? [...missing, ...nested] : missing },
    approximate: approximate || undefined,
  };
}

/** A derived value that could not be computed, and why. */
interface MissingValue {
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
function deriveIndicator(
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

export function referenceMergeObservations(lists: readonly Observation[][]): { observations: Observation[]; issues: Issue[] } {
  const byKey = new CoordinateMap<Observation>();
  const conflicted = new CoordinateMap<true>();
  const issues: Issue[] = [];
  for (const list of lists) {
    for (const o of list) {
      const first = byKey.get(o.region, o.year, o.indicator, o.group);
      if (!first) {
        byKey.set(o.region, o.year, o.indicator, o.group, o);
        continue;
      }
      if (first.value === o.value) continue;
      conflicted.set(o.region, o.year, o.indicator, o.group, true);
      issues.push(
        issue(
          'DATA_DUPLICATE',
          { region: o.region, year: o.year, field: o.indicator, value: o.value, other: first.value, first: `${first.file}:${first.row}` },
          { file: o.file, row: o.row, column: o.column },
        ),
      );
    }
  }
  const observations: Observation[] = [];
  for (const [, o] of byKey.entries()) if (!conflicted.has(o.region, o.year, o.indicator, o.group)) observations.push(o);
  sortByCoordinates(observations);
  return { observations, issues };
}
