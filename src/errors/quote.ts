import type { Lang } from '../util/lang.js';

/** Quotes a value found in the user's input the way each language quotes: “十五” or "十五". */
export function quoteValue(value: unknown, lang: Lang): string {
  let text: string;
  if (value === undefined) text = lang === 'zh' ? '（空）' : '(nothing)';
  else if (value === null) text = lang === 'zh' ? '（空值）' : 'null';
  // A cell can be megabytes long (a damaged file): a message quotes its start only.
  else if (typeof value === 'string') return lang === 'zh' ? `“${cut(value)}”` : JSON.stringify(cut(value));
  else if (typeof value === 'object') text = JSON.stringify(value).slice(0, 60);
  else text = String(value);
  return text;
}

/** Joins a list for a message: 、 in Chinese, commas in English; long lists are cut. */
export function list(items: readonly (string | number)[], lang: Lang, max = 12): string {
  const shown = items.slice(0, max).map(String);
  const more = items.length - shown.length;
  const sep = lang === 'zh' ? '、' : ', ';
  const tail = more > 0 ? (lang === 'zh' ? ` 等 ${items.length} 项` : `, … (${items.length} in all)`) : '';
  return shown.join(sep) + tail;
}

const QUOTE_MAX = 80;
const cut = (text: string) => (text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX)}…` : text);
