import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, formatPoints, formatQuantity } from '../../src/util/format-number.js';

describe('formatNumber', () => {
  it('writes large Chinese figures in 万 and 亿', () => {
    expect(formatNumber(15000)).toBe('1.5万');
    expect(formatNumber(19900, { decimals: 0 })).toBe('1.99万');
    expect(formatNumber(222.2e8)).toBe('222.2亿');
    expect(formatNumber(9999)).toBe('9999');
  });

  it('groups thousands in English', () => {
    expect(formatNumber(15000, { lang: 'en' })).toBe('15,000');
    expect(formatNumber(1234567.891, { lang: 'en', decimals: 1 })).toBe('1,234,567.9');
  });

  it('rounds half away from zero on the decimal value (2.675 → 2.68)', () => {
    expect(formatNumber(2.675, { decimals: 2 })).toBe('2.68');
    expect(formatNumber(-2.5, { decimals: 0 })).toBe('-3');
  });

  it('shows a missing value as a dash, never as 0', () => {
    expect(formatNumber(null)).toBe('—');
    expect(formatNumber(Number.NaN, { lang: 'en' })).toBe('–');
  });
});

describe('formatQuantity, formatPercent, formatPoints', () => {
  it('joins value and unit as each language does', () => {
    expect(formatQuantity(15000, '人次')).toBe('1.5万人次');
    expect(formatQuantity(15000, '人次', { lang: 'en' })).toBe('15,000 person-times');
    expect(formatQuantity(15, '%')).toBe('15%');
    expect(formatQuantity(3, '个', { lang: 'en' })).toBe('3');
  });

  it('gives shares one decimal and changes in 个百分点', () => {
    expect(formatPercent(15.37)).toBe('15.4%');
    expect(formatPercent(15)).toBe('15.0%');
    expect(formatPoints(1.21)).toBe('+1.2个百分点');
    expect(formatPoints(-0.84, { lang: 'en' })).toBe('−0.8 pp');
  });
});
