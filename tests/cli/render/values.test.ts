import { describe, expect, it } from 'vitest';
import { valuesTable } from '../../../src/cli/render/values.js';
import { computeIndicatorValues } from '../../../src/indicators/compute.js';
import { cityWith, ind, indicatorMap, obs } from '../../helpers/builders.js';

const regions = cityWith([['A', '甲县']]);
const indicators = indicatorMap(
  ind('funding', { name: { zh: '科普专项经费' }, unit: '万元', decimals: 0 }),
  ind('literacy_share', { name: { zh: '公民具备科学素质的比例' }, unit: '%', decimals: 1, valueType: 'share', aggregation: 'none', temporal: 'rate' }),
);
// 甲县: funding 11,600万元 in 2022 and 2023 (no change); literacy 12.6% → 13.9% (+1.3 points).
const { values } = computeIndicatorValues({
  regions, indicators,
  observations: obs(['A', 2022, 'funding', 11600], ['A', 2023, 'funding', 11600], ['A', 2022, 'literacy_share', 12.6], ['A', 2023, 'literacy_share', 13.9]),
});
const row = (id: string) => valuesTable(values, indicators, 'zh').rows.find((r) => r.region === '甲县' && r.year === 2023 && r.indicator === (id === 'funding' ? '科普专项经费' : '公民具备科学素质的比例'))!;

describe('valuesTable', () => {
  it('prints a value counted in 万元 beside its unit without a second 万 (11,600 万元, not 1.16万 万元)', () => {
    expect(row('funding')).toMatchObject({ value: '11,600', unit: '万元', change: '持平' });
  });

  it('prints a share’s change in points', () => {
    expect(row('literacy')).toMatchObject({ value: '13.9%', change: '+1.3个百分点' });
  });
});
