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

/**
 * Rows carrying a Chinese `region_name` (indicator values, evaluation rows) renamed for a
 * language: English names where the regions file has them, so that a chart or table in English
 * never shows 东昌府区 beside Dongchangfu elsewhere in the same report. Chinese is returned as is.
 */
export function inLanguage<T extends { region: string; region_name: string }>(rows: T[], regions: Regions, lang: Lang): T[] {
  if (lang === 'zh') return rows;
  return rows.map((r) => ({ ...r, region_name: regionName(regions, r.region, lang) ?? r.region_name }));
}
