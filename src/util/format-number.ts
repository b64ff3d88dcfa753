import type { Lang } from './lang.js';
import { isScaledUnit, isShare, POINTS, unitNames } from './unit-rules.js';

export { unitNames } from './unit-rules.js';

/**
 * The one number formatter for CLI, charts and reports, following Chinese official usage
 * (DOMAIN.md): large counts in 万 / 亿 ("1.5万人次", "2.3亿元"), percentages with one decimal,
 * changes in 个百分点. The unit rules (no second 万, points for shares) are in unit-rules.ts.
 */
export interface FormatNumberOptions {
  /**
   * Digits after the point. Default: up to 2, trailing zeros dropped. Values shown in 万/亿 always
   * keep up to 2 (19,900 → 1.99万, not 2万), since the decimals of a count apply to whole units.
   */
  decimals?: number;
  /**
   * Keep trailing zeros (11.0, not 11), so that the numbers of a table column share their
   * decimals. Default: false.
   */
  fixed?: boolean;
  /** Language. Default: 'zh'. */
  lang?: Lang;
  /**
   * Use 万/亿 for large values in Chinese (and thousands separators in English). Without it, both
   * languages group thousands (11,600). Default: true.
   */
  scale?: boolean;
}

/** The words for a change that rounds to zero: one wording for tables, findings and CLI. */
export const noChange: Record<Lang, string> = { zh: '持平', en: 'no change' };

export function formatNumber(value: number | undefined | null, options: FormatNumberOptions = {}): string {
  const { decimals, lang = 'zh', scale = true, fixed: keep = false } = options;
  if (value === undefined || value === null || !Number.isFinite(value)) return dash(lang);
  const abs = Math.abs(value);
  const text = fixed(value, decimals ?? 2, !keep);
  if (scale && lang === 'zh') {
    // The scale follows the rounded figure: 99,999,950 is 1亿, not 10000万; 9,999.999 is 1万, not 10000.
    // (A value under 1万 that stays under it when rounded, most of a table's, needs no 万 figure.)
    if (abs < 1e4 && Math.abs(Number(text)) < 1e4) return text;
    const d = Math.max(decimals ?? 2, 2);
    const wan = fixed(value / 1e4, d, !keep);
    if (abs >= 1e8 || Math.abs(Number(wan)) >= 1e4) return `${fixed(value / 1e8, d, !keep)}亿`;
    return `${wan}万`;
  }
  // Chinese groups thousands from five digits on (11,600 but 9999), as the yearbooks print them.
  return lang === 'zh' && abs < 1e4 ? text : withSeparators(text);
}

/** A value with its unit: 15%, 1.5万人次, 150 person-times. */
export function formatQuantity(value: number | undefined | null, unit: string | undefined, options: FormatNumberOptions = {}): string {
  const { lang = 'zh' } = options;
  if (!unit || value === undefined || value === null || !Number.isFinite(value)) return formatNumber(value, options);
  // A share given with decimals is a measured value: fixed decimals (15.0%); without, a stated figure (15%).
  if (isShare(unit)) return options.decimals === undefined ? `${formatNumber(value, options)}%` : formatPercent(value, options);
  if (isScaledUnit(unit)) return scaledUnitQuantity(value, unit, options);
  const number = formatNumber(value, options);
  if (lang === 'zh') return `${number}${unit}`;
  return withUnitName(number, unit);
}

/**
 * A change of a value in `unit`, signed: +35人次, −1.3个百分点 (a change of a share is in points),
 * and 持平 / no change when it rounds to zero at the decimals shown.
 * @example
 * formatChange(1.3, '%', { decimals: 1 }); // '+1.3个百分点'
 * formatChange(0, '个'); // '持平'
 */
export function formatChange(value: number | undefined | null, unit: string | undefined, options: FormatNumberOptions = {}): string {
  const { lang = 'zh' } = options;
  if (value === undefined || value === null || !Number.isFinite(value)) return dash(lang);
  if (isShare(unit)) {
    const decimals = options.decimals ?? 1;
    return isZero(value, decimals) ? noChange[lang] : formatPoints(value, { ...options, decimals });
  }
  if (isZero(value, options.decimals ?? 2)) return noChange[lang];
  return `${sign(value)}${formatQuantity(Math.abs(value), unit, options)}`;
}

/** An unchanged value in prose (与上期持平; unchanged). */
export const unchangedWords: Record<Lang, string> = { zh: '持平', en: 'unchanged' };

/**
 * A change said in words, for prose: 提高1.3个百分点 / 增加35人次 / 持平; up 1.3 pp / down 35
 * person-times / unchanged. Tables keep the signed form (formatChange); a sentence reads
 * "较上期增加35人次", never "较上期变化+35人次" or "变化持平".
 * @example
 * changeWords(-1.3, '%', { decimals: 1 }); // '下降1.3个百分点'
 * changeWords(0, '人次'); // '持平'
 */
export function changeWords(value: number, unit: string | undefined, options: FormatNumberOptions = {}): string {
  const { lang = 'zh' } = options;
  const signed = formatChange(value, unit, options);
  if (signed === noChange[lang]) return unchangedWords[lang];
  const amount = signed.slice(1);
  const up = value > 0;
  if (lang === 'en') return `${up ? 'up' : 'down'} ${amount}`;
  return `${isShare(unit) ? (up ? '提高' : '下降') : (up ? '增加' : '减少')}${amount}`;
}

/** A change in percentage points: +1.2个百分点 / +1.2 pp. */
export function formatPoints(value: number | undefined | null, options: FormatNumberOptions = {}): string {
  const { lang = 'zh', decimals = 1 } = options;
  if (value === undefined || value === null || !Number.isFinite(value)) return dash(lang);
  const text = `${sign(value)}${fixed(Math.abs(value), decimals, false)}`;
  return lang === 'zh' ? `${text}${POINTS}` : `${text} pp`;
}

/** A share (0–100) as a percentage with one decimal: 15.4%. */
export function formatPercent(value: number | undefined | null, options: FormatNumberOptions = {}): string {
  const { decimals = 1 } = options;
  if (value === undefined || value === null || !Number.isFinite(value)) return dash(options.lang ?? 'zh');
  return `${fixed(value, decimals, false)}%`;
}

/**
 * A value whose unit already carries 万 or 亿: never a second 万. 23,456万元 moves up to 2.35亿元
 * (no reader, parseNumber included, understands "2.35万万元"); with scaling off it keeps the
 * unit with grouped thousands (11,600万元). 15,000亿元 is 1.5万亿元, the usual compound.
 */
function scaledUnitQuantity(value: number, unit: string, options: FormatNumberOptions): string {
  const { lang = 'zh', scale = true } = options;
  if (lang === 'en') return withUnitName(formatNumber(value, options), unit);
  if (scale && unit.startsWith('万') && Math.abs(value) >= 1e4) return `${formatNumber(value / 1e4, options)}亿${unit.slice(1)}`;
  return `${formatNumber(value, options)}${unit}`;
}

function withUnitName(number: string, unit: string): string {
  const en = unitNames[unit] ?? unit;
  return en ? `${number} ${en}` : number;
}

/** Whether `value` shows as zero at `decimals` digits. */
function isZero(value: number, decimals: number): boolean {
  return /^0(\.0*)?$/.test(fixed(Math.abs(value), decimals));
}

/** A change's sign: the typographic minus, as formatPoints has always printed it. */
function sign(value: number): string {
  return value > 0 ? '+' : value < 0 ? '−' : '';
}

function dash(lang: Lang): string {
  return lang === 'zh' ? '—' : '–';
}

function fixed(value: number, decimals: number, trim = true): string {
  let text = rounded(value, decimals).toFixed(decimals);
  if (trim && text.includes('.')) text = text.replace(/0+$/, '').replace(/\.$/, '');
  // A value that rounds to zero has no sign (−0.04 → 0.0%, not -0.0%).
  return text.charCodeAt(0) === 45 && Number(text) === 0 ? text.slice(1) : text;
}

/**
 * `value` rounded to `decimals` digits half away from zero on its decimal string, not its binary
 * value (2.675 → 2.68, though the double is 2.67499…). The string's digits shifted by `decimals`
 * are read back exactly (`${abs}e${decimals}`), rounded, and shifted back. Values whose text has
 * an exponent (below 1e-6, from 1e21) are returned as they are.
 *
 * Most values are nowhere near a half: then abs × 10^decimals, within a few units in the last
 * place of the shifted decimal, rounds to the same integer, and that integer over 10^decimals (one
 * correctly rounded division of exact numbers) is the double the text `${n}e-${decimals}` reads
 * as. A report or a national terminal table formats tens of thousands of numbers; the strings
 * were most of the time.
 */
function rounded(value: number, decimals: number): number {
  const abs = Math.abs(value);
  if (!(abs >= 1e-6 && abs < 1e21)) return value;
  const power = POWERS[decimals];
  if (power !== undefined) {
    const shifted = abs * power;
    const whole = Math.floor(shifted);
    const fraction = shifted - whole;
    // Below 1e9 the product is within 2.2e-7 of the shifted decimal (two roundings of at most
    // 2^-53 relative each), so a fraction more than 1e-6 from a half rounds as the decimal would.
    if (shifted < 1e9 && Math.abs(fraction - 0.5) > 1e-6) return ((fraction > 0.5 ? whole + 1 : whole) / power) * Math.sign(value);
  }
  return Number(`${Math.round(Number(`${abs}e${decimals}`))}e-${decimals}`) * Math.sign(value);
}

/** 10^0 … 10^9, exact doubles: the decimals rounded's fast path serves. */
const POWERS = Array.from({ length: 10 }, (_, k) => 10 ** k);

function withSeparators(text: string): string {
  const [int, frac] = text.split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}
