import { describe, expect, it } from 'vitest';
import { sourceLabels, valueSource } from '../../src/indicators/labels.js';
import type { IndicatorValue } from '../../src/indicators/types.js';
import { ind } from '../helpers/builders.js';

const value = (over: Partial<IndicatorValue>) => ({ origin: 'observed', source: null, ...over }) as IndicatorValue;

describe('valueSource', () => {
  const stats = ind('venues', { source: 'statistics' });

  it('gives the source the data file names, as written', () => {
    expect(valueSource(value({ source: '科普统计年报（2023）' }), stats, 'en')).toBe('科普统计年报（2023）');
  });

  it('falls back to the indicator’s kind of source for an observed value', () => {
    expect(valueSource(value({}), stats, 'zh')).toBe('统计报表');
    expect(valueSource(value({}), stats, 'en')).toBe('statistical returns');
  });

  it('says how a rolled-up or computed value was formed', () => {
    expect(valueSource(value({ origin: 'rolled_up' }), stats, 'zh')).toBe('统计报表，由下级地区汇总');
    expect(valueSource(value({ origin: 'rolled_up' }), stats, 'en')).toBe('statistical returns, rolled up from sub-regions');
    expect(valueSource(value({ origin: 'computed' }), stats, 'zh')).toBe('统计报表，按指标公式计算');
    expect(valueSource(value({ origin: 'computed' }), ind('per_capita', { source: 'derived', formula: 'd.a / d.b' }), 'zh')).toBe(sourceLabels.derived.zh);
  });
});
