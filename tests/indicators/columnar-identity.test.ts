// Issue 20: the columnar indicator core (typed columns per indicator and group, roll-up and
// formulas as loops over them) must give exactly what the object-per-value computation gave:
// every row, every field, every bit (Object.is, so -0 and NaN count), in the same order. The
// reference is that computation kept verbatim in tests/helpers/reference-compute.ts.
import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../src/app/workspace.js';
import { buildRegions } from '../../src/data/regions.js';
import type { Observation, Region } from '../../src/data/types.js';
import { computeIndicatorSeries, computeIndicatorValues } from '../../src/indicators/compute.js';
import type { ComputeInput } from '../../src/indicators/compute.js';
import type { IndicatorValue, SeriesPoint } from '../../src/indicators/types.js';
import { SeededRandom } from '../../src/util/seeded-random.js';
import { ind, indicatorMap } from '../helpers/builders.js';
import { repoRoot } from '../helpers/cli.js';
import { referenceComputeIndicatorValues } from '../helpers/reference-compute.js';

/** The first difference between two row lists, or undefined when they are identical. */
function firstDifference(a: readonly IndicatorValue[], b: readonly IndicatorValue[]): string | undefined {
  if (a.length !== b.length) return `${a.length} rows against ${b.length}`;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]! as unknown as Record<string, unknown>;
    const y = b[i]! as unknown as Record<string, unknown>;
    if (Object.keys(x).join() !== Object.keys(y).join()) return `row ${i}: keys ${Object.keys(x).join()} against ${Object.keys(y).join()}`;
    for (const k of Object.keys(x)) if (!Object.is(x[k], y[k])) return `row ${i} (${x.region} ${x.year} ${x.indicator} ${x.group}) ${k}: ${String(x[k])} against ${String(y[k])}`;
  }
  return undefined;
}

function same(input: ComputeInput & { observations: readonly Observation[] }): number {
  const now = computeIndicatorValues(input);
  const before = referenceComputeIndicatorValues(input);
  expect(now.issues).toEqual(before.issues);
  expect(firstDifference(now.values, before.values)).toBeUndefined();
  if (input.trends === false) sameSeries(input, before.values);
  return now.values.length;
}

/**
 * The points made on demand for the evaluation equal the reference's group-total rows of each
 * region and indicator, by year, in the five fields a point keeps (SeriesPoint), values compared
 * with Object.is.
 */
function sameSeries(input: ComputeInput, reference: readonly IndicatorValue[]): void {
  const { series } = computeIndicatorSeries(input);
  const expected = new Map<string, IndicatorValue[]>();
  for (const v of reference) {
    if (v.group !== 'total') continue;
    const key = `${v.region}|${v.indicator}`;
    expected.set(key, [...(expected.get(key) ?? []), v]);
  }
  const fields = ['region', 'year', 'value', 'se', 'presentation'] as const;
  const asPoint = (v: SeriesPoint) => Object.fromEntries(fields.map((f) => [f, v[f]])) as unknown as IndicatorValue;
  for (const [key, list] of expected) {
    const [region, indicator] = key.split('|') as [string, string];
    list.sort((a, b) => a.year - b.year);
    const made = series(region, indicator);
    expect(made.every((p) => Object.keys(p).join() === fields.join()), key).toBe(true);
    expect(firstDifference(made.map(asPoint), list.map(asPoint)), key).toBeUndefined();
  }
  for (const region of input.regions.list.slice(0, 3)) expect(series(region.code, 'no_such_indicator')).toEqual([]);
  expect(series('no-such-region', [...input.indicators.keys()][0]!)).toEqual([]);
}

describe('the columnar indicator core equals the object-per-value computation', () => {
  for (const sample of ['liaocheng', 'linyi', 'dandong', 'linyi-county', 'dezhou']) {
    it(`on the ${sample} sample, with and without trends`, async () => {
      const ws = await loadWorkspace(`${repoRoot}/data/samples/${sample}`);
      const input = { regions: ws.regions, observations: ws.observations, indicators: ws.indicators, periodStart: ws.plan.period.start };
      expect(same(input)).toBeGreaterThan(100);
      same({ ...input, trends: false });
    });
  }

  const indicators = indicatorMap(
    ind('funding', { unit: '万元', valueType: 'amount', temporal: 'flow' }),
    ind('staff', {}),
    ind('population', { unit: '人' }),
    ind('population_18_69', { unit: '人' }),
    ind('literacy_share', { unit: '%', valueType: 'share', aggregation: 'weighted_mean', weight: 'population_18_69', temporal: 'rate' }),
    ind('venues_max', { aggregation: 'max' }),
    ind('venues_min', { aggregation: 'min' }),
    ind('survey_only', { aggregation: 'none' }),
    ind('funding_per_capita', { formula: 'd.funding * 10000 / d.population', aggregation: 'recompute', valueType: 'ratio', temporal: 'rate' }),
    ind('staff_per_10k', { formula: '(d.staff + d.staff) / (d.population / 10000)', aggregation: 'recompute', valueType: 'ratio' }),
    ind('literacy_gap', { formula: 'd.literacy_share.urban - d.literacy_share.rural', aggregation: 'recompute', direction: 'lower' }),
    ind('mixed', { formula: 'd.funding / d.literacy_share', aggregation: 'recompute' }),
    ind('chained', { formula: 'd.funding_per_capita * 2 - d.staff_per_10k', aggregation: 'recompute' }),
  );

  // 'wide' gives its first city 40 counties: ranks among more peers than are sorted by insertion (column-trends.ts).
  for (const seed of ['a', 'b', 'c', 'd', 'e', 'f', 'wide']) {
    it(`on seeded hierarchies with gaps, parents' own values, groups, survey extras and zero divisors (seed ${seed})`, () => {
      const rnd = new SeededRandom(`columnar-${seed}`);
      const list: Region[] = [{ code: 'R', name: '根', level: 'province' }];
      const leaves: string[] = [];
      for (let c = 0; c < rnd.int(1, 4); c++) {
        const city = `C${c}`;
        list.push({ code: city, name: `市${c}`, parent: 'R', level: 'city' });
        const n = seed === 'wide' && c === 0 ? 40 : rnd.int(0, 5);
        for (let k = 0; k < n; k++) {
          const county = `${city}K${k}`;
          list.push({ code: county, name: `县${c}${k}`, parent: city, level: 'county' });
          leaves.push(county);
        }
        if (n === 0) leaves.push(city);
      }
      const regions = buildRegions(list);
      const observations: Observation[] = [];
      const add = (region: string, year: number, indicator: string, value: number, group = 'total', extra: Partial<Observation> = {}) =>
        observations.push({ region, year, indicator, group, value, file: 'x.csv', row: observations.length + 2, ...extra });
      for (const year of [2020, 2021, 2023]) {
        for (const region of leaves) {
          const maybe = (p: number) => rnd.next() < p;
          if (maybe(0.8)) add(region, year, 'funding', Math.round(rnd.uniform(-5, 900) * 10) / 10);
          if (maybe(0.8)) add(region, year, 'staff', rnd.int(0, 50), 'total', maybe(0.2) ? { note: '估计', source: '统计局' } : {});
          if (maybe(0.85)) add(region, year, 'population', maybe(0.1) ? 0 : rnd.int(1000, 900000));
          if (maybe(0.85)) add(region, year, 'population_18_69', maybe(0.1) ? 0 : rnd.int(500, 600000));
          for (const group of ['total', 'urban', 'rural']) {
            if (!maybe(0.7)) continue;
            const se = maybe(0.7) ? rnd.uniform(0, 4) : undefined;
            const ci: [number, number] | undefined = maybe(0.2) ? [1, 2] : undefined;
            add(region, year, 'literacy_share', rnd.uniform(0, 30), group, { se, ci, reliable: ci ? maybe(0.5) : undefined });
          }
          if (maybe(0.6)) add(region, year, 'venues_max', rnd.int(0, 9));
          if (maybe(0.6)) add(region, year, 'venues_min', rnd.int(0, 9));
          if (maybe(0.3)) add(region, year, 'survey_only', rnd.uniform(0, 1));
        }
        // Some parents report their own figures, which win over a roll-up.
        for (const r of list) if (!leaves.includes(r.code) && rnd.next() < 0.3) add(r.code, year, 'funding', rnd.int(0, 5000));
        if (rnd.next() < 0.3) add('R', year, 'population', rnd.int(1e6, 2e6));
      }
      // A region the hierarchy does not know, as a library user might pass.
      add('ZZ', 2021, 'funding', 7);
      const input = { regions, observations, indicators, periodStart: 2021 };
      same(input);
      same({ ...input, trends: false });
      same({ ...input, observations: [...observations].reverse() });
    });
  }
});
