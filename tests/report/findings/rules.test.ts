import { describe, expect, it } from 'vitest';
import { assess } from '../../../src/evaluate/index.js';
import { computeIndicatorValues } from '../../../src/indicators/compute.js';
import { findings, namesFor, wordFinding } from '../../../src/report/findings/index.js';
import { cityWith, ind, indicatorMap, obs, planWith, target } from '../../helpers/builders.js';

describe('findings', () => {
  const regions = cityWith([['A', '甲县'], ['B', '乙县']]);
  const indicators = indicatorMap(ind('literacy_share', { name: { zh: '公民具备科学素质的比例' }, unit: '%', valueType: 'share', aggregation: 'none', temporal: 'rate' }));
  const plan = planWith([target('lit', { indicator: 'literacy_share', comparator: '>', value: 15, unit: '%', baseline: { year: 2020, value: 10.56 } })]);
  const { values } = computeIndicatorValues({
    regions, indicators,
    observations: obs(['C', 2020, 'literacy_share', 10.56], ['C', 2023, 'literacy_share', 14.14], ['A', 2020, 'literacy_share', 9], ['A', 2023, 'literacy_share', 9.5], ['B', 2020, 'literacy_share', 12], ['B', 2023, 'literacy_share', 15.5]),
  });
  const a = assess({ plan, regions, indicators, values, year: 2023 });
  const found = findings(a).map((f) => wordFinding(f, namesFor(a, 'zh')));

  it('names a district far below the jurisdiction and says the gap widened', () => {
    // 甲县 9.5 against 14.14: 4.6 points below (1.56 at the baseline).
    expect(found.map((f) => f.text)).toContain('甲县公民具备科学素质的比例低于示例市平均4.6个百分点，且差距扩大。');
  });

  it('does not name a district above the jurisdiction, and states the city target as on track', () => {
    expect(found.some((f) => f.text.startsWith('乙县'))).toBe(false);
    expect(found.some((f) => f.kind === 'problem' && f.text.startsWith('公民具备科学素质的比例'))).toBe(false);
  });
});
