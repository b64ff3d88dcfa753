import type { LocalText } from '../util/lang.js';
import type { RegionLevel } from './types.js';

/** A text in both languages, English always given (derived wording fills it in). */
export type BilingualText = { zh: string; en: string };

/** The words that follow 全民科学素质行动 in the plans' titles; the rest of a title is the region and period. */
const PROGRAMME = '全民科学素质行动';

/** English for the kinds of document, chosen by the schema's `kind`. */
const kindWords: Record<'implementation_plan' | 'outline', { zh: string; en: string; shortZh: string; shortEn: string }> = {
  implementation_plan: { zh: '实施方案', en: 'implementation plan', shortZh: '方案', shortEn: 'plan' },
  outline: { zh: '纲要', en: 'outline', shortZh: '纲要', shortEn: 'outline' },
};

/**
 * What the plan calls itself (文件名称), as its title words it after 全民科学素质行动:
 * 德州市全民科学素质行动计划纲要实施方案（2016—2020年） → 计划纲要实施方案,
 * 丹东市全民科学素质行动规划纲要（2021—2035年） → 规划纲要. Years and draft marks in brackets are dropped.
 * Without that phrase in the title, the kind's word (实施方案 / 纲要). English follows the kind.
 * @example
 * documentName({ zh: '德州市全民科学素质行动计划纲要实施方案（2016—2020年）' }, 'implementation_plan') // { zh: '计划纲要实施方案', en: 'implementation plan' }
 */
export function documentName(title: LocalText, kind: 'implementation_plan' | 'outline', given?: LocalText): BilingualText {
  const words = kindWords[kind];
  if (given) return { zh: given.zh, en: given.en ?? words.en };
  const at = title.zh.indexOf(PROGRAMME);
  const rest = at < 0 ? '' : title.zh.slice(at + PROGRAMME.length).replace(/[（(][^（）()]*[）)]/g, '').trim();
  return { zh: rest || words.zh, en: words.en };
}

/** How the plan's text refers to itself in a sentence (方案目标, 纲要目标): 方案 / 纲要, plan / outline. */
export function documentShortName(kind: 'implementation_plan' | 'outline'): BilingualText {
  const words = kindWords[kind];
  return { zh: words.shortZh, en: words.shortEn };
}

/** The stage of a draft, as plan files may write `draft`. */
const draftWords: Record<string, BilingualText> = {
  送审稿: { zh: '送审稿', en: 'draft for approval' },
  征求意见稿: { zh: '征求意见稿', en: 'draft for comment' },
  true: { zh: '草案', en: 'draft' },
};

/** 送审稿 / 征求意见稿 (or 草案 for `draft: true`), undefined for an adopted plan. */
export function draftStatus(draft: boolean | string | undefined): BilingualText | undefined {
  if (draft === undefined || draft === false) return undefined;
  return draftWords[String(draft)];
}

/**
 * The plan's word for its sub-regions as a group, from its level: a city's are 各县（市、区）, a
 * county's 各乡镇 (a district's, 区, 各镇（街道）), a province's 各市. Plans that word it otherwise
 * (临沂市: 各县区) say so in `subregions`.
 * @example
 * subregionWord('county', '临猗县') // { zh: '各乡镇', en: 'the townships' }
 */
export function subregionWord(level: RegionLevel, name: string, given?: LocalText): BilingualText {
  const derived = derivedSubregions(level, name);
  return given ? { zh: given.zh, en: given.en ?? derived.en } : derived;
}

function derivedSubregions(level: RegionLevel, name: string): BilingualText {
  switch (level) {
    case 'province': return { zh: '各市', en: 'the cities' };
    case 'city': return { zh: '各县（市、区）', en: 'the counties and districts' };
    case 'county': return name.endsWith('区') ? { zh: '各镇（街道）', en: 'the towns and subdistricts' } : { zh: '各乡镇', en: 'the townships' };
    case 'town': return { zh: '各村（社区）', en: 'the villages and communities' };
  }
}
