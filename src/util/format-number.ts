import type { Lang } from './lang.js';

/**
 * The one number formatter for CLI, charts and reports, following Chinese official usage
 * (DOMAIN.md): large counts in 万 / 亿 ("1.5万人次", "2.3亿元"), percentages with one decimal,
 * changes in 个百分点.
 */
export interface FormatNumberOptions {
  /**
   * Digits after the point. Default: up to 2, trailing zeros dropped. Values shown in 万/亿 always
   * keep up to 2 (19,900 → 1.99万, not 2万), since the decimals of a count apply to whole units.
   */
  decimals?: number;
  /** Language. Default: 'zh'. */
  lang?: Lang;
  /** Use 万/亿 for large values in Chinese (and thousands separators in English). Default: true. */
  scale?: boolean;
}

export function formatNumber(value: number | undefined | null, options: FormatNumberOptions = {}): string {
  const { decimals, lang = 'zh', scale = true } = options;
  if (value === undefined || value === null || !Number.isFinite(value)) return lang === 'zh' ? '—' : '–';
  const abs = Math.abs(value);
  if (scale && lang === 'zh' && abs >= 1e8) return `${fixed(value / 1e8, Math.max(decimals ?? 2, 2))}亿`;
  if (scale && lang === 'zh' && abs >= 1e4) return `${fixed(value / 1e4, Math.max(decimals ?? 2, 2))}万`;
  const text = fixed(value, decimals ?? 2);
  return scale && lang === 'en' ? withSeparators(text) : text;
}

/** A value with its unit: 15%, 1.5万人次, 150 person-times. */
export function formatQuantity(value: number | undefined | null, unit: string | undefined, options: FormatNumberOptions = {}): string {
  const { lang = 'zh' } = options;
  const number = formatNumber(value, options);
  if (!unit || value === undefined || value === null || !Number.isFinite(value)) return number;
  // A share given with decimals is a measured value: fixed decimals (15.0%); without, a stated figure (15%).
  if (unit === '%') return options.decimals === undefined ? `${number}%` : formatPercent(value, options);
  if (lang === 'zh') return `${number}${unit}`;
  const en = unitNames[unit] ?? unit;
  return en ? `${number} ${en}` : number;
}

/** A change in percentage points: +1.2个百分点 / +1.2 pp. */
export function formatPoints(value: number | undefined | null, options: FormatNumberOptions = {}): string {
  const { lang = 'zh', decimals = 1 } = options;
  if (value === undefined || value === null || !Number.isFinite(value)) return lang === 'zh' ? '—' : '–';
  const sign = value > 0 ? '+' : value < 0 ? '−' : '';
  const text = `${sign}${fixed(Math.abs(value), decimals, false)}`;
  return lang === 'zh' ? `${text}个百分点` : `${text} pp`;
}

/** A share (0–100) as a percentage with one decimal: 15.4%. */
export function formatPercent(value: number | undefined | null, options: FormatNumberOptions = {}): string {
  const { decimals = 1 } = options;
  if (value === undefined || value === null || !Number.isFinite(value)) return (options.lang ?? 'zh') === 'zh' ? '—' : '–';
  return `${fixed(value, decimals, false)}%`;
}

/** English names of the Chinese units plans and indicators use. */
export const unitNames: Record<string, string> = {
  人次: 'person-times', 人: 'persons', 个: '', 期: 'episodes', 次: 'events', 元: 'yuan', 万元: '10k yuan',
  亿元: '100m yuan', 'm²': 'm²', 平方米: 'm²', 'm²/万人': 'm² per 10k residents', 个百分点: 'pp', 家: '', 所: '', 场: 'events',
};

function fixed(value: number, decimals: number, trim = true): string {
  // Round half away from zero on the decimal string, not the binary value (2.675 → 2.68).
  const abs = Math.abs(value);
  const rounded = String(abs).includes('e')
    ? value
    : Number(`${Math.round(Number(`${abs}e${decimals}`))}e-${decimals}`) * Math.sign(value);
  let text = rounded.toFixed(decimals);
  if (trim && text.includes('.')) text = text.replace(/0+$/, '').replace(/\.$/, '');
  return text === '-0' ? '0' : text;
}

function withSeparators(text: string): string {
  const [int, frac] = text.split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}
