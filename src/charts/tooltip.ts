import { valueSource } from '../indicators/labels.js';
import type { Indicator, IndicatorValue } from '../indicators/types.js';
import { formatQuantity } from '../util/format-number.js';
import type { Lang } from '../util/lang.js';

/**
 * Titles of the data fields a tooltip shows, in both languages. Every chart names the fields of
 * its rows so: `label` is the value as the report prints it (with its unit), `ci` its 95%
 * confidence interval, `source` where it came from.
 */
const titles = {
  region: { zh: '地区', en: 'region' },
  year: { zh: '年份', en: 'year' },
  group: { zh: '分组', en: 'group' },
  series: { zh: '指标', en: 'indicator' },
  target: { zh: '目标', en: 'target' },
  unit: { zh: '牵头单位', en: 'lead unit' },
  state: { zh: '进展', en: 'progress' },
  label: { zh: '数值', en: 'value' },
  gap: { zh: '差距', en: 'gap' },
  ci: { zh: '95%置信区间', en: '95% CI' },
  interval: { zh: '95%预测区间', en: '95% prediction interval' },
  status: { zh: '状态', en: 'status' },
  source: { zh: '来源', en: 'source' },
} satisfies Record<string, { zh: string; en: string }>;

export type TooltipField = keyof typeof titles;

/**
 * The tooltip channel of a layer: the named fields of its rows, titled in the language. Vega
 * shows them when a reader hovers a mark in the browser; a static render (SVG, PDF, PNG) draws
 * nothing for it, so adding it leaves those pictures as they were.
 * @example
 * encoding: { tooltip: tooltip(['region', 'year', 'label', 'ci', 'source'], 'zh') }
 */
export function tooltip(fields: readonly TooltipField[], lang: Lang): { field: TooltipField; type: 'nominal'; title: string }[] {
  return fields.map((field) => ({ field, type: 'nominal', title: titles[field][lang] }));
}

/**
 * The tooltip fields of one indicator value, read from its row: the value as the report prints
 * it, its 95% confidence interval (a dash when none is known) and its source in words.
 */
export function valueTip(v: IndicatorValue, indicator: Indicator, lang: Lang): { label: string; ci: string; source: string } {
  const fmt = (x: number | null) => formatQuantity(x, indicator.unit, { lang, decimals: indicator.decimals, fixed: true });
  return {
    label: fmt(v.value),
    ci: v.ci_low !== null && v.ci_high !== null ? `${fmt(v.ci_low)} – ${fmt(v.ci_high)}` : fmt(null),
    source: valueSource(v, indicator, lang),
  };
}

/** Whether any of the values has a known confidence interval (else the tooltip leaves the field out). */
export function anyInterval(values: readonly IndicatorValue[]): boolean {
  return values.some((v) => v.ci_low !== null && v.ci_high !== null);
}
