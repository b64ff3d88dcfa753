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
  const text = fixed(value, decimals ?? 2);
  if (scale && lang === 'zh') {
    // The scale follows the rounded figure: 99,999,950 is 1亿, not 10000万; 9,999.999 is 1万, not 10000.
    const d = Math.max(decimals ?? 2, 2);
    const wan = fixed(value / 1e4, d);
    if (abs >= 1e8 || Math.abs(Number(wan)) >= 1e4) return `${fixed(value / 1e8, d)}亿`;
    if (abs >= 1e4 || Math.abs(Number(text)) >= 1e4) return `${wan}万`;
  }
  return scale && lang === 'en' ? withSeparators(text) : text;
}

/** A value with its unit: 15%, 1.5万人次, 150 person-times. */
export function formatQuantity(value: number | undefined | null, unit: string | undefined, options: FormatNumberOptions = {}): string {
  const { lang = 'zh' } = options;
  const number = formatNumber(value, options);
  if (!unit || value === undefined || value === null || !Number.isFinite(value)) return number;
  // A share given with decimals is a measured value: fixed decimals (15.0%); without, a stated figure (15%).
  if (unit === '%') return options.decimals === undefined ? `${number}%` : formatPercent(value, options);
  // 23,456万元 is 2.35亿元, not "2.35万万元" (which no reader, parseNumber included, understands).
  if (lang === 'zh' && (options.scale ?? true) && /^万./.test(unit) && Math.abs(value) >= 1e4) return `${formatNumber(value / 1e4, options)}亿${unit.slice(1)}`;
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
  // A value that rounds to zero has no sign (−0.04 → 0.0%, not -0.0%).
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

function withSeparators(text: string): string {
  const [int, frac] = text.split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}
