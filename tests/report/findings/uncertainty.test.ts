import { describe, expect, it } from 'vitest';
import { assess } from '../../../src/evaluate/index.js';
import { computeIndicatorValues } from '../../../src/indicators/compute.js';
import { statusContradictions } from '../../../src/report/check-status.js';
import { findings, namesFor, wordFinding } from '../../../src/report/findings/index.js';
import { cityWith, ind, indicatorMap, obs, planWith, target } from '../../helpers/builders.js';

const regions = cityWith([['A', '甲县'], ['B', '乙县']]);
const indicators = indicatorMap(ind('literacy_share', { name: { zh: '公民具备科学素质的比例', en: 'Share of citizens with science literacy' }, unit: '%', valueType: 'share', aggregation: 'none', temporal: 'rate', decimals: 1 }));
const plan = planWith([target('lit', { indicator: 'literacy_share', comparator: '>', value: 15, unit: '%', baseline: { year: 2020, value: 10 } })]);
const assessed = (latest: number, se: number | undefined) => {
  const observations = obs(['C', 2020, 'literacy_share', 10], ['C', 2023, 'literacy_share', latest]).map((o) => (se === undefined ? o : { ...o, se }));
  const { values } = computeIndicatorValues({ regions, indicators, observations });
  return assess({ plan, regions, indicators, values, year: 2023 });
};

describe('findings: a survey-based verdict too uncertain to state', () => {
  // 10.0 (se 1) → 11.5 (se 1), target > 15 by 2025, s = 0.6: P(d ≥ 0) = Φ(1.5/√2) = 0.8556,
  // P(d ≥ 0.3) = Φ(0/√1.49) = 0.5, P(d ≥ 0.6) = Φ(−1.5/√1.16) = 0.0819: behind 0.418 is the likeliest.
  const a = assessed(11.5, 1);
  const found = findings(a);

  it('is a problem with the likeliest status and its probability, never a verdict', () => {
    const f = found.find((x) => x.code === 'target_uncertain');
    expect(f).toMatchObject({ kind: 'problem', args: { likeliest: 'behind', closed: false } });
    expect(f!.code === 'target_uncertain' && f!.args.chance).toBeCloseTo(0.4181, 3);
    expect(found.some((x) => x.code === 'target_behind')).toBe(false);
    const zh = wordFinding(f!, namesFor(a, 'zh'));
    expect(zh.text).toBe('公民具备科学素质的比例2023年为11.5%，受抽样误差影响，尚不能确定进度（最可能为进度滞后，概率42%）。');
    expect(zh.recommendation).toBe('下一轮抽样调查适当扩大样本量，提高公民具备科学素质的比例估计的精度，使进度判断有足够把握。');
    expect(wordFinding(f!, namesFor(a, 'en')).text).toBe('Share of citizens with science literacy was 11.5% in 2023, but sampling error leaves its progress undecided (likeliest behind, 42%).');
  });

  it('leaves the likeliest status out of the report check: 最可能为进度滞后 states no status', () => {
    const zh = wordFinding(found.find((x) => x.code === 'target_uncertain')!, namesFor(a, 'zh'));
    expect(statusContradictions([zh.text], a, a.root, 'zh')).toEqual([]);
    expect(statusContradictions(['公民具备科学素质的比例进度滞后。'], a, a.root, 'zh')).toEqual(['公民具备科学素质的比例进度滞后']);
  });

  it('gives a likely verdict its probability in the finding', () => {
    // 10.0 (se 0.3) → 12.0 (se 0.3): P(d ≥ 0.3) = Φ((12 − 7 − 4.5)/√(0.09 + 0.0441)) = Φ(1.3652) = 0.9139,
    // P(d ≥ 0.6) = Φ((12 − 4 − 9)/√(0.09 + 0.0144)) = Φ(−3.0949) = 0.0010: behind 0.913.
    const b = assessed(12, 0.3);
    const f = findings(b).find((x) => x.code === 'target_behind')!;
    expect(f.code === 'target_behind' && f.args.chance).toBeCloseTo(0.9129, 3);
    expect(wordFinding(f, namesFor(b, 'zh')).text).toMatch(/^公民具备科学素质的比例进度滞后（概率91%）：2023年为12\.0%/);
  });
});

describe('findings: methods that disagree', () => {
  // 10 (2020) → 12.7 (2023), target > 15 by 2025. Schedule: d = 2.7/5 = 0.54, s = 0.6, ratio 0.9 → behind.
  // CAGR: observed 1.27^(1/3) − 1 = 0.08284, required 1.5^(1/5) − 1 = 0.08447, ratio 0.9807 → on track
  // (Eurostat ≥ 0.95; UNSD > 0.95); UNSD 2023: 12.7·1.08284² = 14.891, P = 4.891/5 = 0.978 → on track.
  const a = assessed(12.7, undefined);
  const row = a.rows.find((r) => r.role === 'target')!;

  it('records every method’s status beside the chosen one', () => {
    expect(row.method_statuses).toEqual({ schedule: 'behind', eurostat: 'on_track', unsd: 'on_track', unsd2023: 'on_track' });
    expect(row.methods_agree).toBe(false);
  });

  it('says so in one sentence: each status, what each kind of method compares, and which the report uses', () => {
    const f = findings(a).find((x) => x.code === 'methods_disagree')!;
    expect(f.kind).toBe('summary');
    const zh = wordFinding(f, namesFor(a, 'zh')).text;
    expect(zh).toBe('公民具备科学素质的比例按序时进度法评为“进度滞后”，按复合增长率比值法（Open SDG / 欧盟统计局）、复合增长率比值法（联合国统计司，2022年以前）、趋势外推法（联合国统计司，2023年起）评为“进度正常”：'
      + '序时进度法看已缩小的差距占基期差距的比例是否跟上已过时间的比例，复合增长率比值法看实际年均增长率是否达到如期实现所需的年均增长率，趋势外推法看按现有增速外推到目标年份能否达到目标，本报告采用序时进度法。');
    expect(zh.match(/。/g)).toHaveLength(1);
    // It names other methods' verdicts, which the report check leaves to them.
    expect(statusContradictions([zh], a, a.root, 'zh')).toEqual([]);
    expect(wordFinding(f, namesFor(a, 'en')).text).toMatch(/^Share of citizens with science literacy is "behind" by the time-elapsed schedule but "on track" by the CAGR ratio \(Open SDG \/ Eurostat\), CAGR ratio \(UN Statistics Division, to 2022\) and extrapolation \(UN Statistics Division, 2023 on\): .*; this report uses the time-elapsed schedule\.$/);
  });

  it('is not said where the methods agree', () => {
    // 10 → 13: d = 0.6 = s → on track; CAGR 1.3^(1/3) − 1 = 0.0914 ≥ 0.95 × 0.0845 → on track.
    expect(findings(assessed(13, undefined)).some((x) => x.code === 'methods_disagree')).toBe(false);
  });
});
