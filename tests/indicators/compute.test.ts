import { describe, expect, it } from 'vitest';
import { computeIndicatorValues } from '../../src/indicators/compute.js';
import { computeIndicators } from '../../src/indicators/table.js';
import type { IndicatorValue } from '../../src/indicators/types.js';
import { cityWith, ind, indicatorMap, obs } from '../helpers/builders.js';

const regions = cityWith([['A', '甲区'], ['B', '乙县'], ['D', '丁县']]);
const indicators = indicatorMap(
  ind('special_funding', { unit: '万元', valueType: 'amount', temporal: 'flow' }),
  ind('population', { unit: '人' }),
  ind('population_18_69', { unit: '人' }),
  ind('literacy_share', { unit: '%', valueType: 'share', aggregation: 'weighted_mean', weight: 'population_18_69', temporal: 'rate' }),
  ind('trained_farmers', { unit: '人次', temporal: 'flow' }),
  ind('special_funding_per_capita', { unit: '元', formula: 'd.special_funding * 10000 / d.population', aggregation: 'recompute', temporal: 'rate' }),
  ind('literacy_gap', { unit: '个百分点', formula: 'd.literacy_share.urban - d.literacy_share.rural', aggregation: 'recompute', direction: 'lower' }),
);

const find = (values: IndicatorValue[], region: string, year: number, indicator: string, group = 'total') =>
  values.find((v) => v.region === region && v.year === year && v.indicator === indicator && v.group === group);

describe('computeIndicatorValues', () => {
  const observations = obs(
    ['A', 2023, 'special_funding', 100], ['B', 2023, 'special_funding', 50],
    ['A', 2023, 'population', 1_000_000], ['B', 2023, 'population', 250_000], ['D', 2023, 'population', 500_000],
    ['A', 2023, 'population_18_69', 600_000], ['B', 2023, 'population_18_69', 150_000], ['D', 2023, 'population_18_69', 300_000],
    ['A', 2023, 'literacy_share', 10], ['B', 2023, 'literacy_share', 20],
    ['A', 2022, 'special_funding', 80],
    ['A', 2021, 'trained_farmers', 1000], ['A', 2022, 'trained_farmers', 1500],
    ['A', 2023, 'literacy_share', 14, 'urban'], ['A', 2023, 'literacy_share', 9.5, 'rural'],
  );
  const { values, issues } = computeIndicatorValues({ regions, observations, indicators, periodStart: 2021 });

  it('computes per-capita values per district from the same year', () => {
    expect(issues).toEqual([]);
    expect(find(values, 'A', 2023, 'special_funding_per_capita')!.value).toBeCloseTo(1.0, 10);
    expect(find(values, 'B', 2023, 'special_funding_per_capita')!.value).toBeCloseTo(2.0, 10);
  });

  it('rolls per-capita up as a ratio of sums over the districts that reported, not a mean of ratios', () => {
    // Σ funding / Σ population over A and B: 150万元 / 1,250,000 = 1.20 元 (the mean of ratios would be 1.50).
    const city = find(values, 'C', 2023, 'special_funding_per_capita')!;
    expect(city.value).toBeCloseTo(1.2, 10);
    expect(city.coverage).toBe('2/3');
  });

  it('sums counts and money with a coverage flag when a district did not report', () => {
    const city = find(values, 'C', 2023, 'special_funding')!;
    expect(city.value).toBe(150);
    expect([city.reported, city.expected, city.origin]).toEqual([2, 3, 'rolled_up']);
    expect(city.note).toContain('D');
  });

  it('never turns a missing input into zero', () => {
    const d = find(values, 'D', 2023, 'special_funding_per_capita')!;
    expect(d.value).toBeNull();
    expect(d.note).toBe('missing: special_funding');
  });

  it('averages district literacy shares weighted by the 18–69 population, flagged approximate', () => {
    // (10 × 600,000 + 20 × 150,000) / 750,000 = 12.0
    const city = find(values, 'C', 2023, 'literacy_share')!;
    expect(city.value).toBeCloseTo(12.0, 10);
    expect(city.approximate).toBe(true);
    expect(city.coverage).toBe('2/3');
  });

  it('computes a gap between breakdown groups', () => {
    expect(find(values, 'A', 2023, 'literacy_gap')!.value).toBeCloseTo(4.5, 10);
  });

  it('adds year-over-year change and growth', () => {
    const a = find(values, 'A', 2023, 'special_funding')!;
    expect(a.change).toBe(20);
    expect(a.growth).toBeCloseTo(25, 10);
  });

  it('accumulates flows over the plan period', () => {
    expect(find(values, 'A', 2022, 'trained_farmers')!.cumulative).toBe(2500);
    expect(find(values, 'A', 2023, 'special_funding')!.cumulative).toBe(180);
    expect(find(values, 'A', 2023, 'population')!.cumulative, 'stocks are not accumulated').toBeNull();
  });

  it('ranks sibling regions by the indicator direction', () => {
    expect(find(values, 'B', 2023, 'special_funding_per_capita')!.rank).toBe(1);
    expect(find(values, 'A', 2023, 'special_funding_per_capita')!.rank).toBe(2);
    expect(find(values, 'A', 2023, 'special_funding_per_capita')!.rank_of).toBe(2);
  });

  it('uses a parent’s own observed value over the roll-up', () => {
    const own = computeIndicatorValues({
      regions, indicators,
      observations: [...observations, ...obs(['C', 2023, 'literacy_share', 13.1])],
    }).values;
    expect(find(own, 'C', 2023, 'literacy_share')).toMatchObject({ value: 13.1, origin: 'observed', approximate: false });
  });

  it('keeps the source an observation names, and names none for values it rolls up or computes', () => {
    const sourced = obs(['A', 2023, 'literacy_share', 10], ['B', 2023, 'literacy_share', 20]).map((o) => ({ ...o, source: '2023年抽样调查' }));
    const { values: own } = computeIndicatorValues({ regions, indicators, observations: [...observations.filter((o) => o.indicator !== 'literacy_share'), ...sourced] });
    expect(find(own, 'A', 2023, 'literacy_share')!.source).toBe('2023年抽样调查');
    expect(find(own, 'A', 2023, 'population')!.source).toBeNull();
    expect(find(own, 'C', 2023, 'literacy_share')).toMatchObject({ origin: 'rolled_up', source: null });
    expect(find(own, 'A', 2023, 'special_funding_per_capita')).toMatchObject({ origin: 'computed', source: null });
  });
});

describe('computeIndicatorValues: the order of the observations', () => {
  it('gives the same values for the rows in any order, regions outside the hierarchy included', () => {
    // X2 and X10 are not in the hierarchy. Regions print as localeCompare ranks their codes (X10 before X2); D has no value.
    const rows = obs(
      ['X2', 2023, 'population', 10], ['A', 2023, 'population', 1_000_000], ['X10', 2022, 'special_funding', 3],
      ['B', 2023, 'special_funding', 50], ['X2', 2022, 'special_funding', 7], ['A', 2022, 'special_funding', 80], ['A', 2023, 'special_funding', 100],
    );
    const compute = (list: typeof rows) => computeIndicatorValues({ regions, observations: list, indicators, periodStart: 2021 }).values;
    const asRead = compute(rows);
    expect(compute([...rows].reverse())).toEqual(asRead);
    expect(compute([rows[3]!, rows[0]!, rows[5]!, rows[2]!, rows[6]!, rows[1]!, rows[4]!])).toEqual(asRead);
    expect([...new Set(asRead.map((v) => v.region))]).toEqual(['A', 'B', 'C', 'X10', 'X2']);
  });

  it('lets the later of two rows for one cell win whole: its standard error, or none, and its note', () => {
    // A caller of the library may pass the same coordinates twice (the merge of files never does).
    const [first, second, third, fourth] = obs(['A', 2023, 'literacy_share', 10], ['A', 2023, 'literacy_share', 12], ['B', 2023, 'literacy_share', 20], ['B', 2023, 'literacy_share', 21]);
    const list = [{ ...first!, se: 0.5 }, second!, third!, { ...fourth!, se: 0.8, note: '复核' }];
    const { values } = computeIndicatorValues({ regions, observations: list, indicators });
    // A: the second row has no standard error, so the value has none (not the first row's 0.5).
    expect(find(values, 'A', 2023, 'literacy_share')).toMatchObject({ value: 12, se: null, ci_low: null, presentation: null, note: null });
    // B: the second row's standard error and note; the interval is value ± 1.96 se.
    const b = find(values, 'B', 2023, 'literacy_share')!;
    expect(b).toMatchObject({ value: 21, se: 0.8, note: '复核' });
    expect(b.ci_low).toBeCloseTo(21 - 1.959963984540054 * 0.8, 12);
  });
});

describe('computeIndicators', () => {
  it('returns an arquero table with the documented columns', () => {
    const table = computeIndicators({ regions, indicators, observations: obs(['A', 2023, 'population', 10]) });
    expect(table.columnNames()).toEqual(expect.arrayContaining(['region', 'year', 'indicator', 'value', 'unit', 'source', 'coverage', 'note']));
    expect(table.numRows()).toBeGreaterThan(0);
  });

  it('refuses a formula that names an unknown field', () => {
    const bad = indicatorMap(ind('x', { formula: 'd.nope / 2' }));
    expect(() => computeIndicators({ regions, indicators: bad, observations: [] })).toThrow(/unknown field "nope"/);
  });
});

describe('computeIndicatorValues: compound growth', () => {
  it('gives the compound annual growth since the first observed year', () => {
    const regions = cityWith([['A', '甲区']]);
    const indicators = indicatorMap(ind('special_funding', { unit: '万元' }));
    const { values } = computeIndicatorValues({ regions, indicators, observations: obs(['A', 2020, 'special_funding', 100], ['A', 2022, 'special_funding', 121]) });
    // (121 / 100)^(1/2) − 1 = 10% a year.
    expect(values.find((v) => v.region === 'A' && v.year === 2022)!.cagr).toBeCloseTo(10, 10);
  });
});
