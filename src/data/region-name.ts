import type { Lang } from '../util/lang.js';
import type { Regions } from './types.js';

/**
 * A region's name in a language: its English name (regions file `name_en`) in English when it
 * has one, else its Chinese name; undefined for a code the regions file lacks, so that each
 * caller says what stands in (the code, the plan's jurisdiction name).
 */
export function regionName(regions: Regions, code: string, lang: Lang): string | undefined {
  const r = regions.byCode.get(code);
  return lang === 'en' ? (r?.nameEn ?? r?.name) : r?.name;
}
