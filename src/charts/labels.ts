import { statusLabels, statusOrder } from '../evaluate/labels.js';
import type { Status } from '../evaluate/types.js';
import type { Lang } from '../util/lang.js';
import { statusColours } from './theme.js';

/** The colour scale of statuses, with labels in the language, in severity order. */
export function statusScale(lang: Lang): { domain: string[]; range: string[] } {
  return {
    domain: statusOrder.map((s) => statusLabels[s][lang]),
    range: statusOrder.map((s) => statusColours[s]),
  };
}

export function statusText(status: Status, lang: Lang): string {
  return statusLabels[status][lang];
}

/**
 * Vega expression that formats an axis value the Chinese way (1.5万, 2亿) or with thousands
 * separators in English; used in labelExpr so the same numbers read the same in every chart.
 */
export function numberLabelExpr(lang: Lang): string {
  if (lang === 'en') return "format(datum.value, ',~r')";
  return "abs(datum.value) >= 1e8 ? format(datum.value / 1e8, '.2~f') + '亿' : abs(datum.value) >= 1e4 ? format(datum.value / 1e4, '.2~f') + '万' : format(datum.value, '~r')";
}

/** T(lang, zh, en): the text in the chart's language. */
export function t(lang: Lang, zh: string, en: string): string {
  return lang === 'zh' ? zh : en;
}
