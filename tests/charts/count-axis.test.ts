import { describe, expect, it } from 'vitest';
import * as charts from '../../src/charts/index.js';
import { computeIndicatorValues } from '../../src/indicators/compute.js';
import { cityWith, ind, indicatorMap, obs } from '../helpers/builders.js';
import { fonts, schemaErrors } from '../helpers/charts.js';

/** The texts of an SVG that are plain numbers (the value axis's tick labels among them). */
const numberTexts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!).filter((t) => /^-?\d+(\.\d+)?$/.test(t));

const regions = cityWith([['A', '东昌府区'], ['B', '茌平区']]);
const counties = ind('demo_counties', { name: { zh: '全国科普示范县数量', en: 'Demonstration counties' }, unit: '个', valueType: 'count' });
const share = ind('literacy_share', { unit: '%', valueType: 'share', decimals: 1, aggregation: 'none', temporal: 'rate' });
const { values } = computeIndicatorValues({
  regions,
  indicators: indicatorMap(counties, share),
  observations: obs(
    ['C', 2020, 'demo_counties', 0], ['C', 2021, 'demo_counties', 0], ['C', 2022, 'demo_counties', 1], ['C', 2023, 'demo_counties', 1],
    ['A', 2023, 'demo_counties', 2], ['B', 2023, 'demo_counties', 3],
    ['C', 2020, 'literacy_share', 10.5], ['C', 2024, 'literacy_share', 13.9],
  ),
});
const ofC = (id: string) => values.filter((v) => v.region === 'C' && v.indicator === id && v.group === 'total');

describe('count axes', () => {
  it('ticks a count of 0–1 demonstration counties at 0 and 1 only, never 0.2', async () => {
    const spec = charts.trendChart(ofC('demo_counties'), counties);
    expect(schemaErrors(spec)).toEqual([]);
    const y = (spec as unknown as { encoding: { y: { axis: Record<string, unknown> } } }).encoding.y;
    expect(y.axis).toMatchObject({ tickMinStep: 1, format: 'd' });
    const ticks = numberTexts(await charts.renderSvg(spec, { fonts }));
    expect(ticks.length).toBeGreaterThan(0);
    expect(ticks.every((t) => Number.isInteger(Number(t)))).toBe(true);
  });

  it('starts a count trend at zero, and leaves a share’s scale free of zero', () => {
    const y = (spec: charts.ChartSpec) => (spec as unknown as { encoding: { y: { scale: { zero?: boolean } } } }).encoding.y.scale;
    expect(y(charts.trendChart(ofC('demo_counties'), counties)).zero).toBe(true);
    expect(y(charts.trendChart(ofC('literacy_share'), share)).zero).toBe(false);
  });

  it('ticks the ranking of 2 and 3 counties at whole numbers', async () => {
    const spec = charts.rankingChart(values.filter((v) => v.parent === 'C' && v.indicator === 'demo_counties' && v.year === 2023), counties);
    const ticks = numberTexts(await charts.renderSvg(spec, { fonts }));
    expect(ticks).toContain('3');
    expect(ticks.every((t) => Number.isInteger(Number(t)))).toBe(true);
  });
});
