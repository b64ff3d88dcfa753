import type { Lang } from '../util/lang.js';
import type { Indicator, IndicatorValue } from './types.js';

/** 数据来源: the kinds of source an indicator definition names, in words, beside their codes. */
export const sourceLabels: Record<Indicator['source'], { zh: string; en: string }> = {
  survey: { zh: '抽样调查', en: 'sample survey' },
  statistics: { zh: '统计报表', en: 'statistical returns' },
  administrative: { zh: '行政记录', en: 'administrative records' },
  task_report: { zh: '任务进展报告', en: 'task progress reports' },
  derived: { zh: '由其他指标计算', en: 'computed from other indicators' },
};

/** How a value not read from a file was formed. */
const formedLabels = {
  rolled_up: { zh: '由下级地区汇总', en: 'rolled up from sub-regions' },
  computed: { zh: '按指标公式计算', en: 'computed by the indicator’s formula' },
};

/**
 * Where a value came from, in words: the source its data file states (来源 column, or a survey
 * estimate's description) when it has one, else its indicator's kind of source and, for values
 * not read from a file, how they were formed (rolled up from sub-regions, or computed).
 * @example
 * valueSource(v, indicators.get(v.indicator), 'zh'); // '统计报表，由下级地区汇总'
 */
export function valueSource(value: IndicatorValue, indicator: Indicator | undefined, lang: Lang): string {
  if (value.source) return value.source;
  const kind = indicator ? sourceLabels[indicator.source][lang] : '';
  const formed = value.origin === 'rolled_up' || value.origin === 'computed' ? formedLabels[value.origin][lang] : '';
  if (indicator?.source === 'derived' && value.origin === 'computed') return kind;
  return [kind, formed].filter(Boolean).join(lang === 'zh' ? '，' : ', ');
}
