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
  return /[\u3400-\u9fff]/.test(zh) ? `${zh} ${untranslatedMark}` : zh;
}

/** The marker of a Chinese text left as it is in English output. */
export const untranslatedMark = '[untranslated]';
