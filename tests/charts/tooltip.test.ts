import { describe, expect, it } from 'vitest';
import * as charts from '../../src/charts/index.js';
import { tooltip, valueTip } from '../../src/charts/tooltip.js';
import { evaluate } from '../../src/evaluate/index.js';
import { computeIndicatorValues } from '../../src/indicators/compute.js';
import { cityWith, ind, indicatorMap, obs, planWith, target } from '../helpers/builders.js';
import { dataOf, fonts, layers, schemaErrors } from '../helpers/charts.js';

const regions = cityWith([['A', '东昌府区'], ['B', '茌平区']]);
const share = ind('literacy_share', { name: { zh: '公民具备科学素质的比例', en: 'Science literacy' }, unit: '%', valueType: 'share', decimals: 1, aggregation: 'none', temporal: 'rate', source: 'survey' });
const indicators = indicatorMap(share);
// Survey shares with standard errors: the 95% CI is value ± 1.96 se (13.9 ± 0.98 = 12.92 … 14.88).
const observations = obs(['C', 2020, 'literacy_share', 10.8], ['C', 2024, 'literacy_share', 13.9], ['A', 2024, 'literacy_share', 17.06], ['B', 2024, 'literacy_share', 13.84])
  .map((o) => ({ ...o, se: o.region === 'C' && o.year === 2024 ? 0.5 : undefined, source: o.region === 'C' ? '公民科学素质抽样调查' : undefined }));
const { values } = computeIndicatorValues({ regions, indicators, observations });
const lit = values.filter((v) => v.group === 'total');
const plan = planWith([target('lit', { indicator: 'literacy_share', comparator: '>', value: 15, unit: '%', baseline: { year: 2020, value: 10.8 } })]);
const rows = evaluate({ plan, values, indicators, regions, year: 2024 });
const tipsOf = (spec: object) => layers(spec).flatMap((l) => {
  const encoding = l.encoding as { tooltip?: { field: string; title: string }[] } | undefined;
  return encoding?.tooltip ? [encoding.tooltip] : [];
});

describe('tooltip', () => {
  it('titles the fields in the report’s language', () => {
    expect(tooltip(['region', 'label', 'ci', 'source'], 'zh').map((f) => f.title)).toEqual(['地区', '数值', '95%置信区间', '来源']);
    expect(tooltip(['region', 'label', 'ci', 'source'], 'en').map((f) => f.title)).toEqual(['region', 'value', '95% CI', 'source']);
    expect(tooltip(['year'], 'zh')).toEqual([{ field: 'year', type: 'nominal', title: '年份' }]);
  });
});

describe('valueTip', () => {
  const city2024 = lit.find((v) => v.region === 'C' && v.year === 2024)!;

  it('gives the value as printed, its 95% CI and its source', () => {
    expect(valueTip(city2024, share, 'zh')).toEqual({ label: '13.9%', ci: '12.9% – 14.9%', source: '公民科学素质抽样调查' });
  });

  it('writes a dash for an unknown interval and the kind of source when the file names none', () => {
    expect(valueTip(lit.find((v) => v.region === 'A')!, share, 'en')).toEqual({ label: '17.1%', ci: '–', source: 'sample survey' });
  });
});

describe('charts with tooltips', () => {
  const trend = charts.trendChart(lit.filter((v) => v.region === 'C'), share, { evaluation: rows.find((r) => r.region === 'C' && r.role === 'target') });
  const ranking = charts.rankingChart(lit.filter((v) => v.parent === 'C'), share, { evaluation: rows });

  it('stay valid Vega-Lite', () => {
    expect(schemaErrors(trend)).toEqual([]);
    expect(schemaErrors(ranking)).toEqual([]);
  });

  it('show each observed value with its CI and source in the trend chart', () => {
    expect(tipsOf(trend).map((t) => t.map((f) => f.field))).toContainEqual(['region', 'year', 'label', 'ci', 'source']);
    expect(dataOf(trend, 'text').find((d) => d.year === 2024)).toMatchObject({ label: '13.9%', ci: '12.9% – 14.9%', source: '公民科学素质抽样调查' });
  });

  it('leave the CI out where no value has one', () => {
    const fields = tipsOf(ranking).map((t) => t.map((f) => f.field));
    expect(fields).toContainEqual(['region', 'label', 'status', 'source']);
    expect(fields.flat()).not.toContain('ci');
  });

  it('draw exactly what they drew without them: only the marks’ ARIA descriptions gain the fields', async () => {
    const without = JSON.parse(JSON.stringify(trend, (key, value) => (key === 'tooltip' ? undefined : value))) as charts.ChartSpec;
    expect(tipsOf(without)).toEqual([]);
    const [a, b] = await Promise.all([charts.renderSvg(trend, { fonts }), charts.renderSvg(without, { fonts })]);
    expect(a).not.toBe(b);
    const drawn = (svg: string) => svg.replace(/ aria-label="[^"]*"/g, '');
    expect(drawn(a)).toBe(drawn(b));
    expect(a).toContain('95%置信区间: 12.9% – 14.9%');
  });
});
