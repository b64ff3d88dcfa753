import type { Assessment } from '../evaluate/assess.js';
import type { EvaluationRow } from '../evaluate/types.js';
import type { Lang } from '../util/lang.js';

/**
 * The unit and decimals a row's figures are printed in. A per-sub-region target of the
 * jurisdiction counts regions (9 of 11 districts), whatever its indicator's unit: whole numbers
 * in 个地区 / regions, never "9.00 regions" with the funding indicator's two decimals.
 */
export function rowStyle(a: Assessment, r: EvaluationRow, lang: Lang): { unit: string | undefined; decimals: number | undefined } {
  if (r.kind === 'per_subregion' && r.role === 'target') return { unit: lang === 'zh' ? '个地区' : 'regions', decimals: 0 };
  return { unit: r.unit ?? undefined, decimals: a.indicators.get(r.indicator ?? '')?.decimals };
}

/** "（2025）" in Chinese, " (2025)" in English: a bracketed aside in the language's brackets. */
export function aside(text: string | number, lang: Lang): string {
  return lang === 'zh' ? `（${text}）` : ` (${text})`;
}
