import { plainDecimal } from '../util/plain-decimal.js';
import { foldWidth } from './normalize-text.js';
import { baseUnit, unitFactor } from './units.js';

/**
 * Reads one number as offices write it: full-width digits (１５％), thousands separators
 * (15,000), 万/亿 scales and units (1.5万人次, 2.3亿元), percent signs; converts it into the
 * field's unit. Refuses, with a reason, what it cannot read without guessing: approximations
 * (约1.5万), Chinese numerals (十五), decimal commas, a share written 0.15 when the file does not
 * say whether that is 15% or 0.15%, a bare 万 in a column already counted in 万元.
 */
export type NumberProblem =
  | 'not_a_number'
  | 'approximate'
  | 'excel_error'
  | 'ambiguous_separator'
  | 'ambiguous_share'
  | 'ambiguous_scale'
  | 'unit_mismatch'
  | 'too_large';

export type ParsedNumber =
  | { kind: 'value'; value: number; note?: 'fraction_to_percent' | 'permille_to_percent' }
  | { kind: 'blank'; placeholder?: string }
  | { kind: 'problem'; problem: NumberProblem; unit?: string };

export interface ParseNumberOptions {
  /** The field's unit (an indicator's display unit): %, 万元, 元, 人次, 个, m² … Default: none. */
  unit?: string;
  /**
   * How a share without a % sign is written in this file: 'percent' (15 means 15%),
   * 'fraction' (0.15 means 15%), or 'auto' (refuse 0 < x ≤ 1 as ambiguous). Default: 'auto'.
   */
  shareScale?: 'auto' | 'percent' | 'fraction';
}

/** Cell texts that mean "nothing reported" (a blank, not a zero). */
const PLACEHOLDERS = new Set(['-', '--', '—', '——', '–', '/', '\\', '无', '空', '暂无', '未填', 'n/a', 'na', 'null', '...', '…']);
const EXCEL_ERRORS = /^#(DIV\/0!|REF!|N\/A|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!)$/i;
const APPROXIMATE = /约|大约|左右|余|多|近|超过|以上|以下|不足|不到|上下|~|≈/;
const SCALES: Record<string, number> = { 万: 1e4, 亿: 1e8, 万亿: 1e12 };

export function parseNumber(input: unknown, options: ParseNumberOptions = {}): ParsedNumber {
  const { unit, shareScale = 'auto' } = options;
  if (input === null || input === undefined) return { kind: 'blank' };
  if (typeof input === 'number') return fromNumber(input, unit, shareScale);
  // Most cells are plain decimals (1581.4, -3): read them as Number does, skipping the cleaning.
  if (typeof input === 'string') {
    const plain = plainDecimal(input);
    if (!Number.isNaN(plain)) return fromNumber(plain, unit, shareScale);
  }
  const text = foldWidth(String(input)).replace(/\s+/g, '');
  if (text === '') return { kind: 'blank' };
  if (PLACEHOLDERS.has(text.toLowerCase())) return { kind: 'blank', placeholder: text };
  if (EXCEL_ERRORS.test(text)) return { kind: 'problem', problem: 'excel_error' };
  if (APPROXIMATE.test(text)) return { kind: 'problem', problem: 'approximate' };

  const match = /^([+-]?)((?:\d[\d,.]*)(?:[eE][+-]?\d+)?)(.*)$/.exec(text);
  if (!match) return { kind: 'problem', problem: 'not_a_number' };
  const [, sign, digits, rest] = match as unknown as [string, string, string, string];
  const plain = readDigits(digits);
  if (typeof plain === 'string') return { kind: 'problem', problem: plain };
  const value = sign === '-' ? -plain : plain;
  if (!Number.isFinite(value)) return { kind: 'problem', problem: 'not_a_number' };
  if (Math.abs(value) > Number.MAX_SAFE_INTEGER) return { kind: 'problem', problem: 'too_large' };

  if (rest === '%' || rest === '‰') {
    if (unit !== '%') return { kind: 'problem', problem: 'unit_mismatch', unit: rest };
    return rest === '%' ? { kind: 'value', value } : { kind: 'value', value: tidy(value / 10), note: 'permille_to_percent' };
  }
  if (unit === '%') {
    if (rest !== '') return { kind: 'problem', problem: 'unit_mismatch', unit: rest };
    return share(value, shareScale);
  }
  return scaled(value, rest, unit);
}

/**
 * What parseNumber gives a number already read (a plain decimal), when that is the number itself
 * as it stands: NaN when parseNumber would refuse it or convert it (too large; a share 0 < x ≤ 1
 * in an 'auto' column, or any share in a 'fraction' one), for the caller to ask parseNumber. Spares
 * the result object for the million ordinary cells of a national file.
 */
export function plainValue(value: number, options: ParseNumberOptions = {}): number {
  if (!Number.isFinite(value) || Math.abs(value) > Number.MAX_SAFE_INTEGER) return NaN;
  if (options.unit !== '%') return value;
  const shareScale = options.shareScale ?? 'auto';
  if (shareScale === 'fraction' || (shareScale === 'auto' && value > 0 && value <= 1)) return NaN;
  return value;
}

function fromNumber(value: number, unit: string | undefined, shareScale: 'auto' | 'percent' | 'fraction'): ParsedNumber {
  if (!Number.isFinite(value)) return { kind: 'problem', problem: 'not_a_number' };
  if (Math.abs(value) > Number.MAX_SAFE_INTEGER) return { kind: 'problem', problem: 'too_large' };
  return unit === '%' ? share(value, shareScale) : { kind: 'value', value };
}

/** 15,000 and 1,234.5 are thousands; 1,5 and 15.000 could be decimal commas: refuse them. */
function readDigits(digits: string): number | NumberProblem {
  if (digits.includes(',')) {
    if (!/^\d{1,3}(,\d{3})+(\.\d+)?([eE][+-]?\d+)?$/.test(digits)) return 'ambiguous_separator';
    return Number(digits.replace(/,/g, ''));
  }
  if ((digits.match(/\./g) ?? []).length > 1) return /^\d{1,3}(\.\d{3})+$/.test(digits) ? 'ambiguous_separator' : 'not_a_number';
  return Number(digits);
}

function share(value: number, shareScale: 'auto' | 'percent' | 'fraction'): ParsedNumber {
  if (shareScale === 'fraction') return { kind: 'value', value: tidy(value * 100), note: 'fraction_to_percent' };
  if (shareScale === 'auto' && value > 0 && value <= 1) return { kind: 'problem', problem: 'ambiguous_share' };
  return { kind: 'value', value };
}

/** Applies a 万/亿 scale and unit text, converting to the field's unit (2.3亿元 in 万元 → 23000). */
function scaled(value: number, rest: string, unit: string | undefined): ParsedNumber {
  if (rest === '') return { kind: 'value', value };
  if (/[\d.,]/.test(rest)) return { kind: 'problem', problem: 'not_a_number' };
  const bareScale = SCALES[rest];
  if (bareScale !== undefined) {
    // "1.5万" in a column already counted in 万元: 1.5万元 or 1.5万 × 万元? Do not guess.
    if (unit && unitFactor(unit, baseUnit(unit)) !== 1) return { kind: 'problem', problem: 'ambiguous_scale' };
    return { kind: 'value', value: tidy(value * bareScale) };
  }
  const factor = unit ? unitFactor(rest, unit) : undefined;
  if (factor === undefined) return { kind: 'problem', problem: 'unit_mismatch', unit: rest };
  return { kind: 'value', value: tidy(value * factor) };
}

/** Removes binary noise from a scaled decimal (0.15 × 100 = 15.000000000000002 → 15). */
function tidy(value: number): number {
  return Number(value.toPrecision(12));
}
