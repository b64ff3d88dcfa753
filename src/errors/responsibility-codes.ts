import type { Lang } from '../util/lang.js';

/**
 * Codes of member units' figures (UNIT_…) and of the workspace's responsibility table
 * (RESPONSIBILITY_…): a unit figure that does not reconcile with the sub-regions' sum, one that
 * cannot be placed, a table naming what does not exist. docs/workspace.md#reporting-responsibility.
 */
export interface ResponsibilityCodeArgs {
  /** A reconcile figure differs from the sub-regions' roll-up by more than the tolerance. */
  UNIT_FIGURE_MISMATCH: {
    unit: string; region: string; year: number; indicator: string; value: number; rollup: number;
    /** Relative difference, (value − rollup) / rollup; null when the roll-up is 0. */
    difference: number | null; tolerance: number;
    /** Sub-regions in the roll-up, out of those that exist. */
    reported: number; expected: number;
    /** The region's value is its own total from a data file, not a roll-up of its sub-regions. */
    own?: boolean;
  };
  /** A reconcile figure with no sub-region figure to reconcile with. */
  UNIT_FIGURE_NO_ROLLUP: { unit: string; region: string; year: number; indicator: string; value: number };
  /** A contribution figure for a region that has its own observed total: not added. */
  UNIT_CONTRIBUTION_NOT_ADDED: { unit: string; region: string; year: number; indicator: string; value: number };
  /** A unit figure for an indicator the unit is not responsible for. */
  UNIT_FIGURE_NOT_ASSIGNED: { unit: string; indicator: string };
  /** A row of a unit's table without the unit's name. */
  UNIT_FIGURE_NO_UNIT: Record<string, never>;
  /** The workspace's responsibility table names an indicator kepu does not know, or one nobody can report. */
  RESPONSIBILITY_UNKNOWN_INDICATOR: { unit: string; indicator: string; suggestion?: string };
  /** The workspace's responsibility table names a region not in the regions file. */
  RESPONSIBILITY_UNKNOWN_REGION: { unit: string; region: string };
  /** `kepu forms --by unit` with no unit responsible for any indicator (a plan that names no lead unit). */
  FORMS_NO_UNITS: { plan: string };
}

type Format<A> = (args: A, lang: Lang) => string;

const pct = (x: number) => `${(x * 100).toFixed(1).replace(/\.0$/, '')}%`;

/** Wording of the responsibility codes, in both languages: what is wrong, the values, and what to do. */
export const responsibilityMessages: { [C in keyof ResponsibilityCodeArgs]: { zh: Format<ResponsibilityCodeArgs[C]>; en: Format<ResponsibilityCodeArgs[C]> } } = {
  UNIT_FIGURE_MISMATCH: {
    zh: (a) => `${a.unit}报${a.region} ${a.year} 年“${a.indicator}”为 ${a.value}，与${a.own ? '数据文件中该地区的合计' : `${a.reported < a.expected ? `已报的 ${a.reported}/${a.expected} 个` : '各'}下级地区合计`} ${a.rollup} 相差${a.difference === null ? '' : ` ${pct(Math.abs(a.difference))}`}，超过容差 ${pct(a.tolerance)}。评估不采用该单位的数；请与${a.unit}核对口径（全市合计还是市本级），必要时在 kepu.config.yaml 的 responsibility 中改为 contribution。`,
    en: (a) => `${a.unit} reports ${a.region} ${a.year} "${a.indicator}" as ${a.value}, against ${a.own ? "the region's total in a data file," : `${a.reported < a.expected ? `${a.reported} of ${a.expected}` : 'all'} sub-regions' sum of`} ${a.rollup}${a.difference === null ? '' : ` (${pct(Math.abs(a.difference))} apart)`}, beyond the tolerance of ${pct(a.tolerance)}. The assessment does not use the unit's figure; check with ${a.unit} what the figure counts (the whole city or its own work), and if its own work set relation: contribution under responsibility in kepu.config.yaml.`,
  },
  UNIT_FIGURE_NO_ROLLUP: {
    zh: (a) => `${a.unit}报${a.region} ${a.year} 年“${a.indicator}”为 ${a.value}，但下级地区均未报该指标，无法核对；评估不采用该数。请催报下级地区数据。`,
    en: (a) => `${a.unit} reports ${a.region} ${a.year} "${a.indicator}" as ${a.value}, but no sub-region reported it, so it cannot be reconciled and is not assessed. Ask the sub-regions for their figures.`,
  },
  UNIT_CONTRIBUTION_NOT_ADDED: {
    zh: (a) => `${a.unit}报${a.region} ${a.year} 年“${a.indicator}”本级数 ${a.value}，但数据文件已有该地区的合计数，未再相加。请确认该合计是否已含${a.unit}的数。`,
    en: (a) => `${a.unit}'s own figure of ${a.value} for ${a.region} ${a.year} "${a.indicator}" was not added: a data file already gives that region's total. Check whether the total includes ${a.unit}'s figure.`,
  },
  UNIT_FIGURE_NOT_ASSIGNED: {
    zh: (a) => `${a.unit}不负责填报“${a.indicator}”，该数未采用。如确应由其填报，请在 kepu.config.yaml 的 responsibility.units 中加上。`,
    en: (a) => `${a.unit} is not responsible for "${a.indicator}"; the figure is not used. If it should be, add it under responsibility.units in kepu.config.yaml.`,
  },
  UNIT_FIGURE_NO_UNIT: {
    zh: () => '此行未填“填报单位”，无法确定是哪个单位的数。请填写单位名称。',
    en: () => 'this row has no 填报单位 (reporting unit); write the unit\'s name.',
  },
  RESPONSIBILITY_UNKNOWN_INDICATOR: {
    zh: (a) => `responsibility 中${a.unit}的指标“${a.indicator}”不是可填报的输入指标。${a.suggestion ? `是否应为“${a.suggestion}”？` : '请写指标编号（kepu plan show 可查）。'}`,
    en: (a) => `${a.unit}'s indicator "${a.indicator}" under responsibility is not an input indicator a unit can report.${a.suggestion ? ` Did you mean "${a.suggestion}"?` : ' Write an indicator id.'}`,
  },
  RESPONSIBILITY_UNKNOWN_REGION: {
    zh: (a) => `responsibility 中${a.unit}的地区“${a.region}”不在地区表中。请写地区代码或名称。`,
    en: (a) => `${a.unit}'s region "${a.region}" under responsibility is not in the regions file. Write a region code or name.`,
  },
  FORMS_NO_UNITS: {
    zh: (a) => `${a.plan}未列明由哪些成员单位牵头报送指标，无法按成员单位生成填报表（kepu 不代为指定）。请按地区填报（kepu forms），或在 kepu.config.yaml 的 responsibility 中写明成员单位及其报送的指标。`,
    en: (a) => `${a.plan} names no member unit that leads the reporting of any indicator, so there are no unit forms (kepu does not assign one). Use the district forms (kepu forms), or name the units and their indicators under responsibility in kepu.config.yaml.`,
  },
};
