import { describe, expect, it } from 'vitest';
import { computeIndicatorValues } from '../../src/indicators/compute.js';
import { valuePresentation } from '../../src/indicators/presentation.js';
import { classifyPresentation } from '../../src/survey/presentation.js';
import type { Observation } from '../../src/data/types.js';
import { cityWith, ind, indicatorMap } from '../helpers/builders.js';

// The worked examples of tests/survey/presentation.test.ts (numbers from R's qbeta), reached
// through the indicator table: a share in %, its se in points, with or without n and df.
const se = (p: number, n: number, deff: number) => 100 * Math.sqrt((p * (1 - p) * deff) / n);

describe('valuePresentation', () => {
  it('judges a value in % as a proportion: 12% of 150, deff 2, df 20 is suppressed', () => {
    expect(valuePresentation(12, se(0.12, 150, 2), '%', { n: 150, df: 20 })).toEqual({ level: 'suppressed', reasons: ['ci_relative_width'], unchecked: [] });
  });

  it('judges other units by the RSE: 10 ± 3 人次 is flagged, saying n was not known', () => {
    expect(valuePresentation(10, 3, '人次')).toEqual({ level: 'flagged', reasons: ['rse'], unchecked: ['n'] });
  });
});

describe('computeIndicatorValues: presentation', () => {
  const regions = cityWith([['A', '甲区'], ['B', '乙县'], ['D', '丁县'], ['E', '戊县']]);
  const indicators = indicatorMap(ind('literacy_share', { unit: '%', valueType: 'share', aggregation: 'none', temporal: 'rate' }), ind('visits', { unit: '人次' }));
  const o = (region: string, value: number, extra: Partial<Observation>, indicator = 'literacy_share'): Observation => ({ region, year: 2024, indicator, group: 'total', value, file: 'x.csv', row: 2, ...extra });
  const observations = [
    o('A', 20, { se: se(0.2, 400, 2), n: 400, df: 30 }),
    o('B', 95, { se: se(0.95, 200, 2), n: 200, df: 30, ci: [88.4, 98.4] }),
    o('D', 12, { se: se(0.12, 150, 2), n: 150, df: 20 }),
    o('E', 20, { se: Math.sqrt(0.0008) * 100 }),
    o('C', 40, {}),
    o('A', 10, { se: 3 }, 'visits'),
  ];
  const { values } = computeIndicatorValues({ regions, observations, indicators });
  const at = (region: string, indicator = 'literacy_share') => values.find((v) => v.region === region && v.indicator === indicator && v.year === 2024)!;
  const columns = (region: string, indicator?: string) => {
    const v = at(region, indicator);
    return [v.presentation, v.presentation_reasons, v.presentation_unchecked, v.reliable];
  };

  it('carries the classification of each survey estimate onto its value, with reliable true only when ok', () => {
    expect(columns('A')).toEqual(['ok', null, null, true]);
    expect(columns('B')).toEqual(['flagged', 'complement_width', null, false]);
    expect(columns('D')).toEqual(['suppressed', 'ci_relative_width', null, false]);
  });

  it('keeps a survey estimate’s own interval beside its classification', () => {
    expect([at('B').ci_low, at('B').ci_high]).toEqual([88.4, 98.4]);
  });

  it('judges a figure with a standard error only on what it allows and names the rules left out', () => {
    expect(columns('E')).toEqual(['ok', null, 'n df', true]);
    expect(columns('A', 'visits')).toEqual(['flagged', 'rse', 'n', false]);
  });

  it('leaves the standard out of a value without a standard error', () => {
    expect(columns('C')).toEqual([null, null, null, null]);
  });

  it('judges a recurring (value, se) pair once and hands every caller the same frozen judgement', () => {
    // 5% ± 2.18 points: the Korn–Graubard interval is wider than 130% of p, so suppressed.
    const first = valuePresentation(5, 2.18, '%');
    expect(first).toEqual(classifyPresentation({ kind: 'proportion', estimate: 0.05, se: 0.0218 }));
    expect(first.level).toBe('suppressed');
    expect(valuePresentation(5, 2.18, '%')).toBe(first);
    expect(Object.isFrozen(first) && Object.isFrozen(first.reasons)).toBe(true);
    // With respondents and df it is judged afresh (those are part of the judgement).
    expect(valuePresentation(5, 2.18, '%', { n: 200, df: 30 })).not.toBe(first);
    // The same pair in another unit is another kind of statistic.
    expect(valuePresentation(5, 2.18, '元').reasons).toEqual(['rse']);
  });

  it('keeps the standard errors of one value apart, and hands out equal judgements as one object', () => {
    // 20% ± 2 points: n_eff = 0.16/0.0004 = 400, shown; 20% ± 9: n_eff 19.8 < 30, suppressed.
    const narrow = valuePresentation(20, 2, '%');
    const wide = valuePresentation(20, 9, '%');
    expect(narrow).toEqual({ level: 'ok', reasons: [], unchecked: ['n', 'df'] });
    expect(wide).toEqual(classifyPresentation({ kind: 'proportion', estimate: 0.2, se: 0.09 }));
    expect(wide.level).toBe('suppressed');
    expect(valuePresentation(20, 2, '%')).toBe(narrow);
    expect(valuePresentation(20, 9, '%')).toBe(wide);
    // 21% ± 2 is judged the same as 20% ± 2: the same object.
    expect(valuePresentation(21, 2, '%')).toBe(narrow);
  });

  it('shares an object only between equal judgements', () => {
    const judged = [];
    for (const unit of ['%', '人次']) for (let value = 0; value <= 100; value += 2.5) for (const se of [0, 0.5, 2, 5, 12, 30, 80]) judged.push(valuePresentation(value, se, unit));
    judged.push(valuePresentation(12, 3.75, '%', { n: 150, df: 20 }), valuePresentation(20, 2, '%', { n: 400, df: 5 }));
    // The judgements kept (those without n or df, frozen) are one object exactly when they are equal.
    const kept = judged.filter((p) => Object.isFrozen(p));
    expect(new Set(kept.map((p) => JSON.stringify(p))).size).toBeGreaterThan(5);
    for (const a of kept) for (const b of kept) expect(a === b).toBe(JSON.stringify(a) === JSON.stringify(b));
  });
});

