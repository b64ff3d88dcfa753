import type { Lang } from '../util/lang.js';
import type { ActionGroup, Comparator, MilestoneStage, RegionLevel, TargetKind, TargetScope } from './types.js';

/** Display words for the plan vocabulary, shared by the CLI and reports. */
type Labels<K extends string> = Record<K, { zh: string; en: string }>;

export const targetKindLabels: Labels<TargetKind> = {
  level: { zh: '年度水平', en: 'level' },
  annual: { zh: '每年', en: 'annual' },
  cumulative: { zh: '期间累计', en: 'cumulative' },
  per_subregion: { zh: '各下级地区', en: 'per sub-region' },
  qualitative: { zh: '定性', en: 'qualitative' },
};

export const comparatorLabels: Labels<Comparator> = {
  '>': { zh: '超过', en: '>' },
  '>=': { zh: '不低于', en: '≥' },
  '<': { zh: '低于', en: '<' },
  '<=': { zh: '不超过', en: '≤' },
  '=': { zh: '等于', en: '=' },
};

export const actionGroupLabels: Labels<ActionGroup> = {
  action: { zh: '提升行动', en: 'action' },
  project: { zh: '重点工程', en: 'project' },
  task: { zh: '重点任务', en: 'task' },
};

export const milestoneStageLabels: Labels<MilestoneStage> = {
  launch: { zh: '启动实施', en: 'launch' },
  implementation: { zh: '深入实施', en: 'implementation' },
  midterm: { zh: '中期评估', en: 'midterm evaluation' },
  final: { zh: '总结评估', en: 'final evaluation' },
};

export const regionLevelLabels: Labels<RegionLevel> = {
  province: { zh: '省级', en: 'province' },
  city: { zh: '市级', en: 'city' },
  county: { zh: '县级', en: 'county' },
  town: { zh: '乡镇级', en: 'town' },
};

export function label<K extends string>(labels: Labels<K>, key: K, lang: Lang): string {
  return labels[key][lang];
}

/** "全域", "各县（市、区）" or the named region. */
export function scopeLabel(scope: TargetScope, lang: Lang): string {
  if (scope.type === 'jurisdiction') return lang === 'zh' ? '全域' : 'whole jurisdiction';
  if (scope.type === 'each_subregion') return lang === 'zh' ? '各下级地区' : 'each sub-region';
  return scope.region;
}

/** A year span as Chinese documents write it: 2023—2024年 / 2023–2024. */
export function yearSpan(start: number, end: number, lang: Lang): string {
  if (lang === 'zh') return start === end ? `${start}年` : `${start}—${end}年`;
  return start === end ? String(start) : `${start}–${end}`;
}
