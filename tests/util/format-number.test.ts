import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { changeWords, formatChange, formatNumber, formatPercent, formatPoints, formatQuantity } from '../../src/util/format-number.js';
import { unitTitle } from '../../src/util/unit-rules.js';
import { titleList } from '../../src/util/untranslated.js';

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

  it('writes a large figure counted in 万元 in 亿元, not 万万元 (found by tests/properties/numbers.test.ts)', () => {
    expect(formatQuantity(23456, '万元')).toBe('2.35亿元');
    expect(formatQuantity(-15000, '万元')).toBe('-1.5亿元');
    expect(formatQuantity(9999, '万元')).toBe('9999万元');
    expect(formatQuantity(23456, '万元', { lang: 'en' })).toBe('23,456 10k yuan');
    expect(formatQuantity(1.5e8, '万元')).toBe('1.5万亿元');
  });

  it('picks 万 or 亿 by the rounded figure: 99,999,950 is 1亿, not 10000万 (found by tests/properties/numbers.test.ts)', () => {
    expect(formatNumber(99_999_950)).toBe('1亿');
    expect(formatNumber(-99_999_950)).toBe('-1亿');
    expect(formatNumber(99_994_999)).toBe('9999.5万');
    expect(formatNumber(9_999.999)).toBe('1万');
    expect(formatQuantity(99_999_950, '人次')).toBe('1亿人次');
  });

  it('gives a negative value that rounds to zero no sign (found by tests/properties/numbers.test.ts)', () => {
    expect(formatPercent(-0.04)).toBe('0.0%');
    expect(formatPercent(-0.004, { decimals: 2 })).toBe('0.00%');
    expect(formatQuantity(-0.04, '%', { decimals: 1 })).toBe('0.0%');
    expect(formatNumber(-0.001)).toBe('0');
    expect(formatPercent(-0.05)).toBe('-0.1%');
  });
});

describe('formatNumber fixed decimals and grouping without 万', () => {
  it('keeps trailing zeros when asked, so that a column lines up (11.0 beside 12.3)', () => {
    expect(formatNumber(11, { decimals: 1, fixed: true })).toBe('11.0');
    expect(formatNumber(11, { decimals: 1 })).toBe('11');
    expect(formatNumber(15000, { decimals: 0, fixed: true })).toBe('1.50万');
  });

  it('groups thousands from five digits on when 万 scaling is off: 11,600 but 9999', () => {
    expect(formatNumber(11600, { scale: false })).toBe('11,600');
    expect(formatNumber(9999, { scale: false })).toBe('9999');
    expect(formatNumber(11600, { scale: false, lang: 'en' })).toBe('11,600');
  });
});

describe('formatChange', () => {
  it('writes a change of a share in points, never with a % sign', () => {
    // 13.9% − 12.6% = 1.3 points.
    expect(formatChange(1.3, '%', { decimals: 1 })).toBe('+1.3个百分点');
    expect(formatChange(-0.7, '%', { decimals: 1, lang: 'en' })).toBe('−0.7 pp');
    expect(formatChange(3.5, '%')).not.toContain('%');
  });

  it('signs a change of a quantity in its unit, with the unit rules (no second 万)', () => {
    expect(formatChange(35, '人次')).toBe('+35人次');
    expect(formatChange(-7740, '人次')).toBe('−7740人次');
    expect(formatChange(77400, '人次')).toBe('+7.74万人次');
    expect(formatChange(11600, '万元')).toBe('+1.16亿元');
  });

  it('says 持平 / no change for a change that rounds to zero at the decimals shown, not "0个"', () => {
    expect(formatChange(0, '个')).toBe('持平');
    expect(formatChange(0, '个', { lang: 'en' })).toBe('no change');
    expect(formatChange(0.04, '%', { decimals: 1 })).toBe('持平');
    expect(formatChange(-0.004, '人/万人', { decimals: 2 })).toBe('持平');
    expect(formatChange(0.05, '%', { decimals: 1 })).toBe('+0.1个百分点');
  });
});

describe('formatQuantity for units already in 万', () => {
  it('never scales a value in 万元 a second time: 11,600万元 is 1.16亿元, or 11,600万元 unscaled', () => {
    expect(formatQuantity(11600, '万元')).toBe('1.16亿元');
    expect(formatQuantity(11600, '万元', { scale: false })).toBe('11,600万元');
    expect(formatQuantity(1.16, '万元')).toBe('1.16万元');
    expect(formatQuantity(11600, '万人次', { lang: 'en' })).toBe('11,600 万人次');
  });

  it('names every unit of the bundled indicators in English (13.91 per 10k residents, not 人/万人)', () => {
    expect(formatQuantity(13.91, '人/万人', { lang: 'en' })).toBe('13.91 per 10k residents');
  });
});

describe('changeWords', () => {
  it('says a change as prose reads it: raised/lowered points for shares, added/removed amounts otherwise', () => {
    expect(changeWords(1.26, '%', { decimals: 1 })).toBe('提高1.3个百分点');
    expect(changeWords(-0.74, '%', { decimals: 1 })).toBe('下降0.7个百分点');
    expect(changeWords(1986, '人次', { decimals: 0 })).toBe('增加1986人次');
    expect(changeWords(-203, '人次', { decimals: 0 })).toBe('减少203人次');
    expect(changeWords(-203, '人次', { decimals: 0, lang: 'en' })).toBe('down 203 person-times');
  });

  it('says 持平 / unchanged for a change that rounds to zero at the decimals shown, never 变化持平 or +0', () => {
    expect(changeWords(0.04, '%', { decimals: 1 })).toBe('持平');
    expect(changeWords(0.3, '个', { decimals: 0 })).toBe('持平');
    expect(changeWords(0, '个', { lang: 'en' })).toBe('unchanged');
  });
});

describe('unitTitle and titleList', () => {
  it('titles axes in the language: 人次 / person-times, a bare count as "number"', () => {
    expect(unitTitle('人次', 'zh')).toBe('人次');
    expect(unitTitle('人次', 'en')).toBe('person-times');
    expect(unitTitle('个', 'en')).toBe('number');
    expect(unitTitle(undefined, 'en')).toBe('');
  });

  it('joins plan names as the language joins lists, with one untranslated marker for the whole list', () => {
    const units = [{ zh: '市科协' }, { zh: '市教育局', en: 'Education Bureau' }, { zh: '市科技局' }];
    expect(titleList(units, 'zh')).toBe('市科协、市教育局、市科技局');
    expect(titleList(units, 'en')).toBe('市科协, Education Bureau, 市科技局 [untranslated]');
    expect(titleList([{ zh: '市教育局', en: 'Education Bureau' }], 'en')).toBe('Education Bureau');
  });
});

describe('rounding to decimals (fixed)', () => {
  // The rounding as it was written before its fast path: on the decimal string, always.
  const reference = (value: number, decimals: number): string => {
    const abs = Math.abs(value);
    const rounded = String(abs).includes('e') ? value : Number(`${Math.round(Number(`${abs}e${decimals}`))}e-${decimals}`) * Math.sign(value);
    const text = rounded.toFixed(decimals);
    return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
  };

  it('rounds halves of the decimal text away from zero, not of the binary value', () => {
    // 2.675 is 2.67499999999999982236431605997495353221893310546875 as a double.
    expect(formatPercent(2.675, { decimals: 2 })).toBe('2.68%');
    expect(formatPercent(-2.675, { decimals: 2 })).toBe('-2.68%');
    expect(formatPercent(1.005, { decimals: 2 })).toBe('1.01%');
    expect(formatPercent(0.15, { decimals: 1 })).toBe('0.2%');
    expect(formatPercent(-0.04, { decimals: 1 })).toBe('0.0%');
    expect(formatPercent(1e-7, { decimals: 1 })).toBe('0.0%');
  });

  it('gives what the decimal-string rounding gives, for any value and 0–9 decimals', () => {
    const decimal = fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 9 })).map(([m, k]) => m / 10 ** k);
    const half = fc.tuple(fc.integer({ min: -1e7, max: 1e7 }), fc.integer({ min: 1, max: 6 })).map(([m, k]) => (m + 0.5) / 10 ** k);
    const value = fc.oneof(fc.double({ min: -1e12, max: 1e12, noNaN: true }), decimal, half);
    fc.assert(
      fc.property(value, fc.integer({ min: 0, max: 9 }), (v, decimals) => {
        expect(formatPercent(v, { decimals })).toBe(`${reference(v, decimals)}%`);
      }),
      { numRuns: 20_000 },
    );
  });
});
