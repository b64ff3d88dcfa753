import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../src/data/parse-number.js';
import { formatNumber, formatPercent, formatPoints, formatQuantity } from '../../src/util/format-number.js';

// Issue 12's property tests, seeded so a failure reproduces: the number parser reads back every
// number kepu prints, whatever the office does to its digits (CSV round trips: csv.test.ts).
const SEED = 20261123;

/** The unit of a printed number's last digit: 0.01, of 万 or 亿 in Chinese. */
function lastDigit(value: number, lang: 'zh' | 'en'): number {
  return (lang === 'zh' && Math.abs(value) >= 1e8 ? 1e8 : lang === 'zh' && Math.abs(value) >= 1e4 ? 1e4 : 1) / 100;
}

const valueOf = (text: string, unit?: string) => {
  const parsed = parseNumber(text, { unit, shareScale: 'percent' });
  if (parsed.kind !== 'value') throw new Error(`${JSON.stringify(text)} read as ${JSON.stringify(parsed)}`);
  return parsed.value;
};

const sameNumber = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

/** Numbers as offices have them: counts, money, shares; integers and decimals; up to 10¹². */
const numbers = fc.oneof(
  fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }),
  fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true }),
  fc.double({ min: 0, max: 100, noNaN: true }),
);

/** Full-width digits, point, minus, comma and percent, as Chinese input methods type them. */
const fullWidth = (text: string) => text.replace(/[0-9.,%\-+]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe('parseNumber reads back what formatNumber prints', () => {
  it.each(['zh', 'en'] as const)('for every number, in %s (1万 and 1亿 in Chinese, thousands separators in English)', (lang) => {
    fc.assert(
      fc.property(numbers, (value) => {
        const text = formatNumber(value, { lang });
        const read = valueOf(text);
        // Within half the last printed digit of the value, and printed again as the same text.
        expect(Math.abs(read - value), `${value} → ${text} → ${read}`).toBeLessThanOrEqual(lastDigit(value, lang) / 2 + 1e-9 * Math.abs(value));
        expect(formatNumber(read, { lang }), `${value} → ${text} → ${read}`).toBe(text);
      }),
      { seed: SEED, numRuns: 30_000 },
    );
  });

  it('for every number with a fixed count of decimals, unscaled', () => {
    fc.assert(
      fc.property(numbers, fc.integer({ min: 0, max: 4 }), (value, decimals) => {
        const text = formatNumber(value, { decimals, scale: false });
        const read = valueOf(text);
        expect(Math.abs(read - value), `${value} → ${text}`).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-9 * Math.abs(value));
        expect(formatNumber(read, { decimals, scale: false })).toBe(text);
      }),
      { seed: SEED, numRuns: 20_000 },
    );
  });

  it('the same when the digits are typed full-width (１２.３５万), or with spaces around', () => {
    fc.assert(
      fc.property(numbers, fc.constantFrom('zh', 'en') as fc.Arbitrary<'zh' | 'en'>, (value, lang) => {
        const text = formatNumber(value, { lang });
        expect(sameNumber(valueOf(fullWidth(text)), valueOf(text)), fullWidth(text)).toBe(true);
        expect(sameNumber(valueOf(` ${text}\u3000`), valueOf(text)), text).toBe(true);
      }),
      { seed: SEED, numRuns: 20_000 },
    );
  });
});

/** Units kepu prints after a number in Chinese, as indicators declare them. */
const units = fc.constantFrom('人次', '人', '个', '元', '万元', '亿元', '期', '次', '家', 'm²');

describe('parseNumber reads back every other style kepu prints (Chinese; the English styles are not read as input)', () => {
  it('quantities with their unit (1.5万人次, 2.3亿元, 150个), read in that unit', () => {
    fc.assert(
      fc.property(numbers, units, (value, unit) => {
        // Amounts up to 100万亿元 (10¹⁴ yuan); beyond that kepu would print 亿亿元.
        fc.pre(Math.abs(value) * ((unit === '万元' ? 1e4 : unit === '亿元' ? 1e8 : 1)) < 1e14);
        const text = formatQuantity(value, unit);
        const read = valueOf(text, unit);
        expect(Math.abs(read - value), `${value} → ${text} → ${read}`).toBeLessThanOrEqual(lastDigit(value, 'zh') / 2 + 1e-9 * Math.abs(value));
        expect(formatQuantity(read, unit)).toBe(text);
      }),
      { seed: SEED, numRuns: 10_000 },
    );
  });

  it('percentages with fixed decimals (15.4%, −3.50%), read in a % column', () => {
    fc.assert(
      fc.property(fc.double({ min: -1000, max: 1000, noNaN: true }), fc.integer({ min: 0, max: 3 }), fc.boolean(), (value, decimals, viaQuantity) => {
        const text = viaQuantity ? formatQuantity(value, '%', { decimals }) : formatPercent(value, { decimals });
        const read = valueOf(text, '%');
        expect(Math.abs(read - value), `${value} → ${text}`).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-12);
        expect(formatPercent(read, { decimals })).toBe(text);
      }),
      { seed: SEED, numRuns: 10_000 },
    );
  });

  it('changes in percentage points (+1.2个百分点, −0.4个百分点), read in a 个百分点 column', () => {
    fc.assert(
      fc.property(fc.double({ min: -100, max: 100, noNaN: true }), fc.integer({ min: 0, max: 3 }), (value, decimals) => {
        const text = formatPoints(value, { decimals });
        const read = valueOf(text, '个百分点');
        expect(Math.abs(read - value), `${value} → ${text}`).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-12);
        expect(formatPoints(read, { decimals }) === text || read === 0, `${value} → ${text} → ${read}`).toBe(true);
      }),
      { seed: SEED, numRuns: 5_000 },
    );
  });
});

describe('parseNumber: one number however it is written', () => {
  /** A decimal m × 10^−k, to be written plain, with thousands separators, in 万 or in 亿, half-width or full-width. */
  const decimal = fc.record({ sign: fc.constantFrom('', '-'), digits: fc.bigInt({ min: 0n, max: 10n ** 13n }), k: fc.integer({ min: 0, max: 4 }) });

  it('1.5万, 15000, 15,000, 0.00015亿 and １．５万 are the same number', () => {
    fc.assert(
      fc.property(decimal, fc.constantFrom(['', 0], ['万', 4], ['亿', 8]) as fc.Arbitrary<[string, number]>, fc.boolean(), ({ sign, digits, k }, [word, shift], wide) => {
        const plain = shiftPoint(digits, k); // the number, in units
        const scaled = shiftPoint(digits, k + shift); // the same number, in 万 or 亿
        fc.pre(Number(plain.replace('.', '')) <= Number.MAX_SAFE_INTEGER);
        const forms = [plain, separated(plain), `${scaled}${word}`].map((t) => sign + t);
        const values = forms.map((t) => valueOf(wide ? fullWidth(t) : t));
        for (const v of values) expect(sameNumber(v, values[0]!), `${forms.join(' / ')} → ${values.join(' / ')}`).toBe(true);
        expect(sameNumber(values[0]!, Number(sign + plain)), `${forms[0]} → ${values[0]}`).toBe(true);
      }),
      { seed: SEED, numRuns: 10_000 },
    );
  });
});

/** The decimal text of digits × 10^−k, without superfluous zeros (12300, 2 → "123"; 5, 3 → "0.005"). */
function shiftPoint(digits: bigint, k: number): string {
  const text = digits.toString().padStart(k + 1, '0');
  const int = text.slice(0, text.length - k);
  const frac = text.slice(text.length - k).replace(/0+$/, '');
  return frac ? `${int}.${frac}` : int;
}

function separated(text: string): string {
  const [int, frac] = text.split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}
