import { closest } from '../util/closest.js';
import type { FieldSpec } from './types.js';
import { normalizeLabel } from './normalize-text.js';
import type { Regions } from './types.js';

export interface RegionResolver {
  resolve(text: string): string | undefined;
  suggest(text: string): string | undefined;
}

const regionResolvers = new WeakMap<Regions, RegionResolver>();

/**
 * Finds a region by code or name as offices write it (东昌府区, 东昌府, ３７１５０２). One resolver
 * per hierarchy, made on first use: a national workspace's 16 files each made their own lookup of
 * 3,221 regions' folded names, a third of a second in all.
 */
export function regionResolver(regions: Regions): RegionResolver {
  let resolver = regionResolvers.get(regions);
  if (!resolver) regionResolvers.set(regions, (resolver = makeRegionResolver(regions)));
  return resolver;
}

function makeRegionResolver(regions: Regions): RegionResolver {
  const exact = new Map<string, string>();
  const short = new Map<string, string[]>();
  for (const r of regions.list) {
    exact.set(normalizeLabel(r.code), r.code);
    exact.set(normalizeLabel(r.name), r.code);
    if (r.nameEn) exact.set(normalizeLabel(r.nameEn), r.code);
    const stem = stemName(r.name);
    short.set(stem, [...(short.get(stem) ?? []), r.code]);
  }
  // A file names each region in many rows (one per year, or per field in long form): each text
  // is resolved once.
  const resolved = new Map<string, string | undefined>();
  const resolve = (text: string): string | undefined => {
    const key = normalizeLabel(text);
    const hit = exact.get(key) ?? exact.get(key.replace(/\.0$/, ''));
    if (hit) return hit;
    const candidates = short.get(stemName(text));
    return candidates?.length === 1 ? candidates[0] : undefined;
  };
  return {
    resolve(text) {
      if (resolved.has(text)) return resolved.get(text);
      const code = resolve(text);
      resolved.set(text, code);
      return code;
    },
    suggest(text) {
      const name = closest(normalizeLabel(text), regions.list.map((r) => normalizeLabel(r.name)));
      return name === undefined ? undefined : regions.list.find((r) => normalizeLabel(r.name) === name)?.name;
    },
  };
}

/** 东昌府区 → 东昌府; keeps two-character names (河东区 stays 河东). */
function stemName(name: string): string {
  const n = normalizeLabel(name);
  return n.length > 2 ? n.replace(/(市|区|县|镇|乡|街道|经济开发区|开发区|高新区)$/, '') : n;
}

const UNIT_WORD = /^(万|亿|千)?(元|人次|人|个|次|期|场|所|家|处|座|平方米|m²|m2|%|‰|项|名|位|册|篇|部|种|小时|分钟|人\/万人|m²\/万人|个百分点)$/;

/** A field header split into its label, its unit in brackets, and a breakdown group. */
export interface FieldHeader {
  label: string;
  unit?: string;
  group?: string;
}

/** "科普专项经费（万元）" → { label: 科普专项经费, unit: 万元 }; "literacy_share.urban" → group urban. */
export function splitHeader(text: string): FieldHeader {
  const folded = normalizeLabel(text);
  // Only a bracket that holds a unit is a unit: 全国科普示范县(市、区) keeps its bracket as part of the name.
  const unitMatch = /^(.*?)\(([^()]*)\)$/.exec(folded);
  const bracket = unitMatch ? unitMatch[2]!.replace(/^单位[:：]?/, '') : undefined;
  const isUnit = bracket !== undefined && UNIT_WORD.test(bracket);
  let label = isUnit ? unitMatch![1]! : folded;
  const unit = isUnit ? bracket : undefined;
  let group: string | undefined;
  const dotted = /^([a-z][a-z0-9_]*)[.:]([a-z0-9_]+)$/.exec(label);
  if (dotted) [label, group] = [dotted[1]!, dotted[2]!];
  return { label, unit: unit || undefined, group };
}

export interface FieldResolver {
  resolve(label: string): FieldSpec | undefined;
  suggest(label: string): string | undefined;
}

const fieldResolvers = new WeakMap<ReadonlyMap<string, FieldSpec>, FieldResolver>();

/** Finds an input indicator by id, Chinese or English name, or alias. One resolver per catalogue, made on first use. */
export function fieldResolver(indicators: ReadonlyMap<string, FieldSpec>): FieldResolver {
  let resolver = fieldResolvers.get(indicators);
  if (!resolver) fieldResolvers.set(indicators, (resolver = makeFieldResolver(indicators)));
  return resolver;
}

function makeFieldResolver(indicators: ReadonlyMap<string, FieldSpec>): FieldResolver {
  const index = new Map<string, FieldSpec>();
  for (const ind of indicators.values()) {
    if (!ind.input) continue;
    for (const name of [ind.id, ind.name.zh, ind.name.en, ...ind.aliases]) {
      if (!name) continue;
      const key = splitHeader(name).label;
      if (!index.has(key)) index.set(key, ind);
    }
  }
  return {
    resolve: (label) => index.get(splitHeader(label).label),
    suggest: (label) => {
      const key = closest(splitHeader(label).label, index.keys());
      return key === undefined ? undefined : index.get(key)?.id;
    },
  };
}

/** Breakdown groups as Chinese tables name them. */
export const GROUP_NAMES: Record<string, string> = {
  total: 'total', 合计: 'total', 总体: 'total', 全体: 'total', 全部: 'total',
  urban: 'urban', 城镇: 'urban', 城镇居民: 'urban', 城市: 'urban',
  rural: 'rural', 农村: 'rural', 农村居民: 'rural', 乡村: 'rural',
  male: 'male', 男: 'male', 男性: 'male', female: 'female', 女: 'female', 女性: 'female',
  '18-29岁': 'age_18_29', '30-39岁': 'age_30_39', '40-49岁': 'age_40_49', '50-59岁': 'age_50_59', '60-69岁': 'age_60_69',
};

export function resolveGroup(text: string): string | undefined {
  const key = normalizeLabel(text).replace(/[—–~至]/g, '-');
  if (key === '') return 'total';
  return GROUP_NAMES[key] ?? (/^[a-z][a-z0-9_]*$/.test(key) ? key : undefined);
}
