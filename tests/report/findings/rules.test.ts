import { describe, expect, it } from 'vitest';
import { assess } from '../../../src/evaluate/index.js';
import { computeIndicatorValues } from '../../../src/indicators/compute.js';
import { findings, namesFor, wordFinding } from '../../../src/report/findings/index.js';
import type { Plan } from '../../../src/plan/types.js';
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

describe('findings as data, worded from the catalogue', () => {
  const regions = cityWith([['A', '甲县'], ['B', '乙县']]);
  const indicators = indicatorMap(ind('trained_teachers', { name: { zh: '科学教师培训人次', en: 'Teachers trained' }, unit: '人次', temporal: 'flow' }));
  const teachers = target('teachers', { indicator: 'trained_teachers', kind: 'cumulative', value: 20000, unit: '人次', action: 'youth' });
  const action = (lead: string[]) => ({ id: 'youth', group: 'action', title: '青少年科学素质提升行动', lead, responsible: [], measures: [] }) as unknown as Plan['actions'][number];
  // 3,000 + 3,560 + 3,050 = 9,610 of 20,000 by 2025, in 2023.
  const rows = obs(['C', 2021, 'trained_teachers', 3000], ['C', 2022, 'trained_teachers', 3560], ['C', 2023, 'trained_teachers', 3050]);
  const assessedWith = (lead: string[], year = 2023) => {
    const { values } = computeIndicatorValues({ regions, indicators, observations: rows, periodStart: 2021 });
    return assess({ plan: { ...planWith([teachers]), actions: [action(lead)] }, regions, indicators, values, year });
  };

  it('gives a behind target as a code with its figures, no words', () => {
    const [f] = findings(assessedWith(['市教育局', '团市委']));
    expect(f).toMatchObject({ code: 'target_behind', args: { indicator: 'trained_teachers', value: { value: 9610, unit: '人次' }, valueYear: 2023, since: 2021, leads: ['市教育局', '团市委'] } });
  });

  it('words a cumulative total as a total, and names the lead units the plan assigns', () => {
    const a = assessedWith(['市教育局', '团市委']);
    const [zh] = findings(a).map((f) => wordFinding(f, namesFor(a, 'zh')));
    expect(zh!.text).toContain('2021—2023年累计9610人次');
    // 需年均: (20,000 − 9,610) ÷ (2025 − 2023) = 5,195 a year for the two years left.
    expect(zh!.text).toContain('如期实现需年均增加5195人次');
    expect(zh!.recommendation).toMatch(/^由市教育局、团市委牵头，针对科学教师培训人次制定补短板措施，确保2025年目标实现。$/);
    const [en] = findings(a).map((f) => wordFinding(f, namesFor(a, 'en')));
    expect(en!.text).toContain('in total over 2021–2023');
    expect(en!.text).toContain('meeting it on time needs a rise of 5,195 person-times a year');
  });

  it('says the plan names no lead unit rather than inventing one', () => {
    const a = assessedWith([]);
    const [zh] = findings(a).map((f) => wordFinding(f, namesFor(a, 'zh')));
    expect(zh!.recommendation).toContain('由领导小组办公室明确牵头单位（方案未列明）');
    expect(zh!.recommendation).not.toContain('市科协');
    const [en] = findings(a).map((f) => wordFinding(f, namesFor(a, 'en')));
    // The English name (Teachers trained) inside the sentence starts lower-case.
    expect(en!.recommendation).toBe("The leading group's office, naming a lead unit (the plan names none), should plan how to close the gap in teachers trained by 2025.");
  });

  it('in the target year, says not achieved and drops the pace', () => {
    const a = assessedWith(['市教育局'], 2025);
    const [f] = findings(a);
    expect(f).toMatchObject({ code: 'target_behind', args: { status: 'not_achieved', closed: true, timeProgress: null } });
    const worded = wordFinding(f!, namesFor(a, 'zh'));
    expect(worded.text).toMatch(/^科学教师培训人次未达标：/);
    expect(worded.text).not.toMatch(/序时进度|预计/);
    expect(worded.recommendation).toContain('分析科学教师培训人次未达标的原因');
  });
});

describe('nothing_assessable', () => {
  const regions = cityWith([['A', '甲县']]);
  const indicators = indicatorMap(ind('venues', { unit: '个' }));
  it('is said of targets that exist and cannot be judged, not of a region without targets', () => {
    const plan = planWith([target('v', { indicator: 'venues', value: 10, unit: '个' })]);
    const { values } = computeIndicatorValues({ regions, indicators, observations: obs(['A', 2019, 'venues', 3]) });
    const a = assess({ plan, regions, indicators, values, year: 2023 });
    expect(findings(a).map((f) => f.code)).toEqual(['nothing_assessable']);
    expect(findings(a)[0]).toMatchObject({ args: { targets: 1, year: 2023 } });
    // 甲县 has no rows of its own (a count target is the city's): nothing to say "none assessable" of.
    expect(findings(a, 'A')).toEqual([]);
  });
});

describe('the overall goal', () => {
  it('is every member unit’s, not a lead unit the plan left out', () => {
    const regions = cityWith([['A', '甲县']]);
    const indicators = indicatorMap(ind('literacy_share', { name: { zh: '公民具备科学素质的比例' }, unit: '%', valueType: 'share', aggregation: 'none', temporal: 'rate', decimals: 1 }));
    const plan = planWith([target('lit', { indicator: 'literacy_share', comparator: '>', value: 15, unit: '%', baseline: { year: 2020, value: 10.8 } })]);
    // 10.8 → 11.2 of a 15 target by 2023: distance 0.095 against time 0.6 → seriously behind.
    const { values } = computeIndicatorValues({ regions, indicators, observations: obs(['C', 2020, 'literacy_share', 10.8], ['C', 2023, 'literacy_share', 11.2]) });
    const a = assess({ plan, regions, indicators, values, year: 2023 });
    const [f] = findings(a);
    expect(f).toMatchObject({ code: 'target_behind', args: { status: 'seriously_behind', leads: [], overall: true } });
    expect(wordFinding(f!, namesFor(a, 'zh')).recommendation).toBe('领导小组各成员单位按职责分工，针对公民具备科学素质的比例制定补短板措施，确保2025年目标实现。');
  });
});

describe('the urban–rural gap’s recommendation', () => {
  const names = (lang: 'zh' | 'en') => ({
    lang, document: '方案', indicator: () => (lang === 'zh' ? '公民具备科学素质的比例' : 'Share of citizens with science literacy'), region: (c: string) => c, target: (id: string) => id, units: (l: readonly string[]) => l.join('、'),
    action: (id: string) => (id === 'farmers' ? (lang === 'zh' ? '实施农民科学素质行动' : "Farmers' scientific literacy action") : id),
  });
  const gap = (action: string | null) => ({
    code: 'urban_rural_gap_widened' as const, kind: 'problem' as const, weight: 2,
    args: { indicator: 'literacy_share', baseYear: 2015, baseGap: { value: 4.1, unit: 'points', decimals: 1 }, year: 2020, gap: { value: 5.2, unit: 'points', decimals: 1 }, action },
  });

  it('names the plan’s own action for farmers by its own title (德州: 农民科学素质行动), and none when the plan has none', () => {
    expect(wordFinding(gap('farmers'), names('zh')).recommendation).toBe('科普资源向农村和薄弱地区倾斜，持续实施农民科学素质行动。');
    expect(wordFinding(gap('farmers'), names('en')).recommendation).toBe("Direct science-popularization resources to rural and weaker areas, and keep up the farmers' scientific literacy action.");
    expect(wordFinding(gap(null), names('zh')).recommendation).toBe('科普资源向农村和薄弱地区倾斜。');
  });
});
