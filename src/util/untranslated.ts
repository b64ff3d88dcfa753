import type { Lang } from './lang.js';

/**
 * A plan's own title (an action, a project, a target's sentence) in the output language. Plans
 * are written in Chinese and give English names only here and there: where one is missing, the
 * English output keeps the Chinese and says so with one marker, rather than mixing the two
 * languages silently.
 * @example
 * planTitle('青少年科学素质提升行动', undefined, 'en'); // '青少年科学素质提升行动 [untranslated]'
 */
export function planTitle(zh: string, en: string | undefined, lang: Lang): string {
  if (lang === 'zh') return zh;
  if (en) return en;
  return HAN.test(zh) ? `${zh} ${untranslatedMark}` : zh;
}

/** Chinese characters: a text with them is untranslated in English output. */
const HAN = /[\u3400-\u9fff]/;

/** The marker of a Chinese text left as it is in English output. */
export const untranslatedMark = '[untranslated]';

/**
 * A list of the plan's names (lead units, measures) in the output language, joined as the
 * language joins lists: English names where the plan gives them; where some stay Chinese, the
 * list carries one marker, not one per name.
 * @example
 * titleList([{ zh: '市科协' }, { zh: '市教育局', en: 'Education Bureau' }], 'en'); // '市科协, Education Bureau [untranslated]'
 */
export function titleList(items: readonly { zh: string; en?: string }[], lang: Lang): string {
  if (lang === 'zh') return items.map((i) => i.zh).join('、');
  const left = items.some((i) => !i.en && HAN.test(i.zh));
  return items.map((i) => i.en ?? i.zh).join(', ') + (left ? ` ${untranslatedMark}` : '');
}
