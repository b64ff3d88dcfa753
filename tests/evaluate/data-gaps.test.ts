import { describe, expect, it } from 'vitest';
import { assess } from '../../src/evaluate/assess.js';
import { dataGaps } from '../../src/evaluate/data-gaps.js';
import { computeIndicatorValues } from '../../src/indicators/compute.js';
import { buildTable } from '../../src/report/tables.js';
import { cityWith, ind, indicatorMap, obs, planWith, target } from '../helpers/builders.js';

const regions = cityWith([['D1', '甲区'], ['D2', '乙县']]);
const indicators = indicatorMap(ind('venues'), ind('events'), ind('literacy_share', { source: 'survey', unit: '%', valueType: 'share', aggregation: 'weighted_mean', weight: 'population' }), ind('population'));
const plan = planWith([
  target('venues-2025', { indicator: 'venues', value: 10, baseline: { year: 2020, value: 2 } }),
  target('events-2025', { indicator: 'events', value: 100, baseline: { year: 2020, value: 20 } }),
  target('literacy-2025', { indicator: 'literacy_share', value: 15, baseline: { year: 2020, value: 10 } }),
]);
// 2024: both districts sent events and population, nobody sent venues, the survey has no 2024 estimate.
const observations = obs(['D1', 2024, 'events', 30], ['D2', 2024, 'events', 40], ['D1', 2024, 'population', 1000], ['D2', 2024, 'population', 800]);
const duties = [
  { unit: '市科协', indicators: ['venues'], region: 'C', relation: 'contribution' as const, tolerance: 0.05, origin: 'config' as const },
  { unit: '市教育局', indicators: ['venues'], region: 'C', relation: 'reconcile' as const, tolerance: 0.05, origin: 'plan' as const },
];

function assessment(unreconciled: { code: string; unit: string; year: number | null }[] = []) {
  const { values } = computeIndicatorValues({ regions, observations, indicators });
  return assess({ plan, regions, indicators, values, year: 2024, reporting: { duties, received: [], unreconciled } });
}

describe('dataGaps', () => {
  it('lists each unassessed target with who must send what: the districts, the contributing units, the survey', () => {
    const gaps = dataGaps(assessment());
    expect(gaps.map((g) => g.target)).toEqual(['venues-2025', 'literacy-2025']);
    expect(gaps[0]).toMatchObject({ indicator: 'venues', year: 2024, regions: ['D1', 'D2'], units: ['市科协'], survey: false });
    // The survey owes the literacy share; districts do not (population was sent by both).
    expect(gaps[1]).toMatchObject({ indicator: 'literacy_share', regions: [], units: [], survey: true });
  });
});

describe('the report’s quality table', () => {
  it('has a row per gap and one counting the units’ unreconciled figures of the year', () => {
    const a = assessment([{ code: 'UNIT_FIGURE_MISMATCH', unit: '市教育局', year: 2024 }, { code: 'UNIT_FIGURE_MISMATCH', unit: '市科协', year: 2024 }, { code: 'UNIT_FIGURE_MISMATCH', unit: '市科协', year: 2023 }]);
    const t = buildTable('quality', a, { lang: 'zh' });
    expect(t.rows).toEqual([
      ['venues', '2024', '无数据', '各县（市、区）报送本地区数；市科协报送本单位数'],
      ['literacy_share', '2024', '无数据', '开展公民科学素质抽样调查'],
      ['成员单位报数核对', '2024', '2个数与下级地区合计不符或无法核对', '市教育局、市科协核实口径'],
    ]);
  });
});
