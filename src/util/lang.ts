/** Output language. Chinese is the default everywhere: our users write in Chinese. */
export type Lang = 'zh' | 'en';

/** A text in both languages, as plans and indicator definitions carry names. */
export interface LocalText {
  zh: string;
  en?: string;
}

/** Picks the text for `lang`, falling back to Chinese when no English is given. */
export function localize(text: LocalText | string | undefined, lang: Lang): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return (lang === 'en' ? text.en : text.zh) ?? text.zh;
}

/** Validates a `--lang` value. */
export function isLang(value: unknown): value is Lang {
  return value === 'zh' || value === 'en';
}
