import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumber, plainValue } from '../../src/data/parse-number.js';

const value = (input: unknown, options = {}) => {
  const r = parseNumber(input, options);
  return r.kind === 'value' ? r.value : r.kind === 'blank' ? 'blank' : r.problem;
};

describe('parseNumber', () => {
  it('reads plain, signed, decimal and scientific numbers', () => {
    expect(value('150')).toBe(150);
    expect(value('-3.5')).toBe(-3.5);
    expect(value('1.5e4')).toBe(15000);
    expect(value(42)).toBe(42);
  });

  it('reads full-width digits and punctuation', () => {
    expect(value('１５０')).toBe(150);
    expect(value('１５％', { unit: '%' })).toBe(15);
    expect(value('１２．５')).toBe(12.5);
    expect(value('１５，０００')).toBe(15000);
  });

  it('reads thousands separators and refuses decimal commas', () => {
    expect(value('15,000')).toBe(15000);
    expect(value('1,234,567.5')).toBe(1234567.5);
    expect(value('1,5')).toBe('ambiguous_separator');
    expect(value('15.000'), 'one point is a decimal point, as Chinese offices write').toBe(15);
    expect(value('1.234.567')).toBe('ambiguous_separator');
  });

  it('applies 万 and 亿 and converts into the field unit', () => {
    expect(value('1.5万', { unit: '人次' })).toBe(15000);
    expect(value('1.5万人次', { unit: '人次' })).toBe(15000);
    expect(value('2.3亿元', { unit: '万元' })).toBe(23000);
    expect(value('1.5万元', { unit: '万元' })).toBe(1.5);
    // 万亿 (10¹²), which kepu prints for 15,000亿元 (tests/properties/numbers.test.ts).
    expect(value('1.5万亿元', { unit: '万元' })).toBe(150_000_000);
    expect(value('1.5万亿', { unit: '元' })).toBe(1.5e12);
    expect(value('15000元', { unit: '万元' })).toBe(1.5);
    expect(value('2.3亿元', { unit: '元' })).toBe(230000000);
    expect(value('1200平方米', { unit: 'm²' })).toBe(1200);
  });

  it('refuses a bare 万 in a column counted in 万元', () => {
    expect(value('1.5万', { unit: '万元' })).toBe('ambiguous_scale');
  });

  it('refuses a unit that is not the field unit', () => {
    expect(value('3所', { unit: '人次' })).toBe('unit_mismatch');
    expect(value('15%', { unit: '人次' })).toBe('unit_mismatch');
  });

  it('reads shares by the file’s declared scale and refuses 0.15 when undeclared', () => {
    expect(value('15%', { unit: '%' })).toBe(15);
    expect(value('15', { unit: '%' })).toBe(15);
    expect(value('0.15', { unit: '%' })).toBe('ambiguous_share');
    expect(value(0.15, { unit: '%' })).toBe('ambiguous_share');
    expect(value('0.15', { unit: '%', shareScale: 'fraction' })).toBe(15);
    expect(value('0.1437', { unit: '%', shareScale: 'fraction' })).toBe(14.37);
    expect(value('0.15', { unit: '%', shareScale: 'percent' })).toBe(0.15);
    expect(value('0.15%', { unit: '%' })).toBe(0.15);
    expect(value('0', { unit: '%' })).toBe(0);
  });

  it('treats blanks and dash placeholders as not reported, never as zero', () => {
    expect(value('')).toBe('blank');
    expect(value('  ')).toBe('blank');
    expect(value(null)).toBe('blank');
    expect(parseNumber('—')).toEqual({ kind: 'blank', placeholder: '—' });
    expect(parseNumber('/')).toEqual({ kind: 'blank', placeholder: '/' });
  });

  it('refuses approximations, Chinese numerals and spreadsheet errors', () => {
    expect(value('约1.5万', { unit: '人次' })).toBe('approximate');
    expect(value('15%左右', { unit: '%' })).toBe('approximate');
    expect(value('1万余', { unit: '人次' })).toBe('approximate');
    expect(value('十五')).toBe('not_a_number');
    expect(value('#DIV/0!')).toBe('excel_error');
    expect(value('#REF!')).toBe('excel_error');
    expect(value('Infinity')).toBe('not_a_number');
    expect(value(Number.NaN)).toBe('not_a_number');
    expect(value('99999999999999999')).toBe('too_large');
  });

  it('reads any integer back however it is grouped and whatever its width', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.boolean(), fc.boolean(), (n, grouped, fullWidth) => {
        let text = grouped ? n.toLocaleString('en-US') : String(n);
        if (fullWidth) text = [...text].map((c) => String.fromCodePoint(c.codePointAt(0)! + 0xfee0)).join('');
        return value(text) === n;
      }),
    );
  });
});

describe('plainValue', () => {
  it('is what parseNumber gives a number whenever it is not NaN, and NaN only where parseNumber refuses or converts', () => {
    const numbers = fc.oneof(fc.double(), fc.constantFrom(0, -0, 0.15, 1, 1.0000001, -0.5, 15, 2 ** 53, 2 ** 53 + 2, -(2 ** 53) - 2));
    const options = fc.record({ unit: fc.constantFrom(undefined, '%', '万元', '个'), shareScale: fc.constantFrom(undefined, 'auto' as const, 'percent' as const, 'fraction' as const) }, { requiredKeys: [] });
    fc.assert(
      fc.property(numbers, options, (v, o) => {
        const fast = plainValue(v, o);
        const full = parseNumber(v, o);
        if (Number.isNaN(fast)) expect(full.kind !== 'value' || full.value !== v || full.note !== undefined, JSON.stringify(full)).toBe(true);
        else expect(full).toEqual({ kind: 'value', value: fast });
      }),
      { numRuns: 5_000 },
    );
  });
});
