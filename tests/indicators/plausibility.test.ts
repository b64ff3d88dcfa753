import { describe, expect, it } from 'vitest';
import type { Issue } from '../../src/errors/index.js';
import { formatMessage } from '../../src/errors/index.js';
import { bundledIndicatorsDir, loadIndicators } from '../../src/indicators/load.js';
import { checkPlausibility } from '../../src/indicators/plausibility/index.js';
import { unitSlip } from '../../src/indicators/plausibility/magnitude.js';
import { cityWith, ind, indicatorMap, obs } from '../helpers/builders.js';

// The bundled definitions: part_of, units and value types as users get them.
const indicators = loadIndicators([bundledIndicatorsDir]);
const regions = cityWith([['A', '甲区'], ['B', '乙县'], ['D', '丁县'], ['E', '戊县'], ['F', '己县']]);
const run = (observations: ReturnType<typeof obs>, settings = {}) => checkPlausibility({ observations, indicators, regions, settings });
const codes = (issues: Issue[]) => issues.map((i) => i.code);

describe('plausibility: part ≤ whole', () => {
  it('warns when 科普专项经费 exceeds 政府拨款 of the same region and year, at the part\'s cell', () => {
    const issues = run(obs(['A', 2023, 'funding_gov', 40], ['A', 2023, 'special_funding', 46], ['B', 2023, 'funding_gov', 40], ['B', 2023, 'special_funding', 40]));
    expect(codes(issues)).toEqual(['PLAUSIBILITY_PART_EXCEEDS_WHOLE']);
    expect(issues[0]!.where).toMatchObject({ file: 'test.csv', row: 3 });
    expect(issues[0]!.args).toMatchObject({ value: 46, wholeValue: 40, unit: '万元', part: { id: 'special_funding' }, whole: { id: 'funding_gov' } });
    expect(formatMessage(issues[0]!, 'zh')).toContain('甲区2023年科普专项经费 46万元 大于科普经费政府拨款 40万元');
    expect(issues[0]!.severity).toBe('warning');
  });

  it('checks 政府拨款 ≤ 筹集额 and 18—69岁人口 ≤ 常住人口 too', () => {
    const issues = run(obs(['A', 2023, 'funding_total', 100], ['A', 2023, 'funding_gov', 120], ['B', 2023, 'population', 500_000], ['B', 2023, 'population_18_69', 510_000]));
    expect(issues.map((i) => (i.args as { part: { id: string } }).part.id)).toEqual(['funding_gov', 'population_18_69']);
  });
});

describe('plausibility: magnitude', () => {
  it('reads 468,500 after 26 万元 as typed in 元: 46.85 万元', () => {
    const issues = run(obs(['A', 2022, 'special_funding', 26], ['A', 2023, 'special_funding', 468_500]));
    expect(codes(issues)).toEqual(['PLAUSIBILITY_MAGNITUDE']);
    expect(issues[0]!.args).toMatchObject({ typedUnit: '元', corrected: 46.85, previous: 26, previousYear: 2022 });
    expect(issues[0]!.where?.row).toBe(3);
    expect(formatMessage(issues[0]!, 'zh')).toContain('是否按“元”填写了');
    expect(formatMessage(issues[0]!, 'en')).toContain('entered in 元');
  });

  it('reads 1.8 after 18,000 人次 as typed in 万人次, and leaves a doubling alone', () => {
    expect(unitSlip(1.8, 18_000, '人次', 3)).toEqual({ typedUnit: '万人次', factor: 1e-4 });
    expect(unitSlip(52, 26, '万元', 3)).toBeUndefined();
    // 1,000× is no unit slip (元 ↔ 万元 is 10⁴): left to the year-on-year rule.
    expect(unitSlip(26_000, 26, '万元', 3)).toBeUndefined();
  });
});

describe('plausibility: year-on-year jump', () => {
  it('warns beyond 3× either way between consecutive years, not at 2.9×, not for small counts', () => {
    const issues = run(obs(
      ['A', 2022, 'events', 100], ['A', 2023, 'events', 310],
      ['B', 2022, 'events', 100], ['B', 2023, 'events', 290],
      ['D', 2022, 'events', 100], ['D', 2023, 'events', 30],
      ['E', 2022, 'venues', 1], ['E', 2023, 'venues', 4],
      ['F', 2020, 'events', 100], ['F', 2023, 'events', 400],
    ));
    expect(issues.map((i) => [i.code, i.where?.row])).toEqual([['PLAUSIBILITY_YEAR_JUMP', 3], ['PLAUSIBILITY_YEAR_JUMP', 7]]);
    expect((issues[0]!.args as { factor: number }).factor).toBeCloseTo(3.1, 10);
  });

  it('takes a per-indicator threshold from the settings, and a rule can be switched off', () => {
    const data = obs(['A', 2022, 'events', 100], ['A', 2023, 'events', 310]);
    expect(run(data, { indicators: { events: { year_jump: 4 } } })).toEqual([]);
    expect(run(data, { year_jump: 4 })).toEqual([]);
    expect(run(data, { off: ['year_jump'] })).toEqual([]);
    expect(codes(run(data, { indicators: { venues: { year_jump: 4 } } }))).toEqual(['PLAUSIBILITY_YEAR_JUMP']);
  });
});

describe('plausibility: shares and per-capita outliers', () => {
  it('warns of a percentage outside 0–100 in a field that declares no range of its own', () => {
    const local = indicatorMap(ind('share_x', { unit: '%', valueType: 'share' }));
    const issues = checkPlausibility({ observations: obs(['A', 2023, 'share_x', 150], ['B', 2023, 'share_x', 15]), indicators: local, regions });
    expect(issues.map((i) => [i.code, i.where?.row])).toEqual([['PLAUSIBILITY_SHARE_RANGE', 2]]);
  });

  it('flags a district whose funding per resident is 20× its siblings\' median, not one at 2×', () => {
    // Per 10,000 residents: A 200 (2000 万元 / 100,000), B 5, D 10, E 12, F 10 → median 10; A is 20×.
    const pop = (r: string) => [r, 2023, 'population', 100_000] as [string, number, string, number];
    const issues = run(obs(pop('A'), pop('B'), pop('D'), pop('E'), pop('F'),
      ['A', 2023, 'funding_total', 2000], ['B', 2023, 'funding_total', 50], ['D', 2023, 'funding_total', 100], ['E', 2023, 'funding_total', 120], ['F', 2023, 'funding_total', 100]));
    expect(codes(issues)).toEqual(['PLAUSIBILITY_PER_CAPITA_OUTLIER']);
    expect(issues[0]!.args).toMatchObject({ region: '甲区', perTenThousand: 200, median: 10, siblings: 5 });
    expect((issues[0]!.args as { factor: number }).factor).toBe(20);
  });
});
