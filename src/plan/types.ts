import type { LocalText } from '../util/lang.js';

/** Administrative level of a region (行政级别). */
export type RegionLevel = 'province' | 'city' | 'county' | 'town';

/** The region a plan governs (规划所辖地区). */
export interface Jurisdiction {
  name: LocalText;
  /** GB/T 2260 six-digit code, e.g. 371500 for 聊城市. */
  code?: string;
  level: RegionLevel;
  parent?: { name: LocalText; code?: string; level?: RegionLevel };
}

/** How a target compares the value with its threshold. 超过 → '>', 以上/不少于 → '>=', 不超过 → '<='. */
export type Comparator = '>' | '>=' | '<' | '<=' | '=';

/**
 * What a target counts:
 * - level: the value in the target year (比例达到15%);
 * - annual: the amount in each year (每年培训150人次);
 * - cumulative: the sum over the plan period (累计培训1.5万人次);
 * - per_subregion: a condition every (or a share of) sub-region must meet (每个县区至少1个);
 * - qualitative: a goal stated only in words (不均衡明显改善).
 */
export type TargetKind = 'level' | 'annual' | 'cumulative' | 'per_subregion' | 'qualitative';

/** Where a target applies. */
export type TargetScope =
  | { type: 'jurisdiction' }
  | { type: 'each_subregion' }
  | { type: 'region'; region: string };

/** A plan target (目标), in canonical form. */
export interface Target {
  id: string;
  /** Indicator id (indicators/*.yaml); absent only for qualitative goals that name none. */
  indicator?: string;
  kind: TargetKind;
  scope: TargetScope;
  comparator?: Comparator;
  value?: number;
  unit?: string;
  /** Target year (for annual targets, the last year the target applies). */
  year: number;
  /** Baseline (基期), only if the plan states one. */
  baseline?: { year: number; value: number; source?: string };
  /** per_subregion: the share of sub-regions that must comply; 1 = each. */
  share: number;
  /** The action or project the target belongs to. */
  action?: string;
  description?: LocalText;
  /** The plan's own sentence. */
  quote: string;
  note?: string;
}

/** One measure of an action (具体举措), with its units. */
export interface Measure {
  title: string;
  summary?: string;
  /** 牵头单位, normalised names. Inherited from the action when the measure names none. */
  lead: string[];
  /** 责任单位 / 配合单位, normalised names. */
  responsible: string[];
  /** True when `lead` was taken from the action. */
  leadInherited: boolean;
  /** The plan's phrase when it lists units without a lead/responsible split (按职责分工负责). */
  assignment?: string;
  quantities: string[];
}

/** 提升行动 (action), 重点工程 (project) or 重点任务 / 分工表 row (task). */
export type ActionGroup = 'action' | 'project' | 'task';

export interface Action {
  id: string;
  group: ActionGroup;
  number?: number;
  title: string;
  titleEn?: string;
  summary?: string;
  lead: string[];
  responsible: string[];
  assignment?: string;
  measures: Measure[];
  /**
   * For a 分工表 row (group task): the actions or projects of the plan's text it assigns. They are
   * the same work, so they are tracked once, as this row, and a report naming either counts here.
   */
  covers?: string[];
}

/** 进度安排 stage. */
export type MilestoneStage = 'launch' | 'implementation' | 'midterm' | 'final';

export interface Milestone {
  start: number;
  end: number;
  stage: MilestoneStage;
  title?: string;
  description: string;
}

/** A member unit (成员单位) with the spellings the plan uses for it. */
export interface Unit {
  name: string;
  en?: string;
  aliases: string[];
}

/** A science-literacy action plan (全民科学素质行动规划纲要实施方案), validated and normalised. */
export interface Plan {
  id: string;
  jurisdiction: Jurisdiction;
  title: LocalText;
  /** 实施方案 or 纲要. */
  kind: 'implementation_plan' | 'outline';
  /** What the plan calls itself after 全民科学素质行动: 计划纲要实施方案, 规划纲要; English from `kind` (implementation plan, outline). */
  documentName: { zh: string; en: string };
  /** How its text refers to itself in a sentence (方案目标, 纲要目标): 方案 / 纲要, plan / outline. */
  documentShortName: { zh: string; en: string };
  /** A draft (送审稿 / 征求意见稿), not yet adopted. */
  draft: boolean;
  /** The draft's stage, 送审稿 (draft for approval) or 征求意见稿 (draft for comment); absent once adopted. */
  draftStatus?: { zh: string; en: string };
  /** Its sub-regions as a group (各县（市、区）, 各乡镇; the counties and districts, the townships). */
  subregions: { zh: string; en: string };
  /** 文号, e.g. 临政字〔2022〕58号. */
  documentNumber?: string;
  issuer?: string;
  /** Issuing date, YYYY-MM-DD. */
  issued?: string;
  period: { start: number; end: number };
  /** The parent plans it implements. */
  implements: { title: string; documentNumber?: string }[];
  source?: { file?: string; url?: string; note?: string };
  units: Unit[];
  targets: Target[];
  actions: Action[];
  milestones: Milestone[];
}
