import { formatPoints, formatQuantity } from '../../util/format-number.js';
import type { Lang } from '../../util/lang.js';
import type { Amount } from './types.js';

/**
 * An amount as every finding words it, through the one number formatter (util/format-number.ts):
 * a difference of shares in 个百分点 without a sign (the sentence says which way), a count of
 * sub-regions in 个地区, anything else in the indicator's unit and decimals.
 */
export function formatAmount(amount: Amount, lang: Lang): string {
  if (amount.unit === 'points') return formatPoints(Math.abs(amount.value), { lang, decimals: amount.decimals ?? 1 }).replace(/^[+−]/, '');
  if (amount.unit === 'regions') return formatQuantity(amount.value, lang === 'zh' ? '个地区' : 'regions', { lang, decimals: 0 });
  return formatQuantity(amount.value, amount.unit ?? undefined, { lang, decimals: amount.decimals });
}
