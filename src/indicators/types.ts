import type { PresentationLevel } from '../survey/presentation.js';
import type { LocalText } from '../util/lang.js';

/** How a parent region's value is formed from its children's. See schema.ts. */
export type Aggregation = 'sum' | 'recompute' | 'weighted_mean' | 'survey' | 'max' | 'min' | 'none';

/** What kind of number an indicator is; decides parsing (15% vs 0.15) and formatting. */
export type ValueType = 'count' | 'amount' | 'share' | 'ratio' | 'points' | 'area';

/** An indicator definition (指标定义), validated. */
export interface Indicator {
  id: string;
  name: LocalText;
  unit: string;
  unitEn?: string;
  /** higher: more is better (比例); lower: less is better (差距). */
  direction: 'higher' | 'lower';
  decimals: number;
  source: 'survey' | 'statistics' | 'administrative' | 'task_report' | 'derived';
  definition: LocalText;
  valueType: ValueType;
  /** Reported directly in observation files. */
  input: boolean;
  /** Formula text for derived indicators. */
  formula?: string;
  aggregation: Aggregation;
  weight?: string;
  /** flow (per-year amount), stock (year-end count) or rate. */
  temporal: 'flow' | 'stock' | 'rate';
  range?: { min?: number; max?: number };
  /** The indicator this one is a part of, in the same unit: its value is never above the whole's. */
  partOf?: string;
  breakdowns: string[];
  aliases: string[];
  /** The file it was defined in (for messages). */
  file: string;
  /** Line of `formula:` in that file, so that formula problems found later name it. */
  formulaLine?: number;
}

/**
 * What the evaluation reads of one value of a series (computeIndicatorSeries): its region, year,
 * value (null when a formula could not be computed), standard error and presentation. A full row
 * (IndicatorValue) is one too; the series made for `kepu evaluate` are only these five fields, as
 * a national evaluation reads 150,000 of them and read none of the other 25 (issue 20).
 */
export type SeriesPoint = Pick<IndicatorValue, 'region' | 'year' | 'value' | 'se' | 'presentation'>;

/** The values of one region and indicator (group total), sorted by year; empty when there are none. */
export type SeriesOf = (region: string, indicator: string) => readonly SeriesPoint[];

/**
 * One row of the computed indicator table (the boundary between indicators and evaluation).
 * Columns: region, region_name, level, parent, year, indicator, group, value, unit, se, ci_low,
 * ci_high, reliable, presentation, presentation_reasons, presentation_unchecked, origin, source, reported, expected, coverage, approximate, note, change,
 * change_years, growth, cagr, cumulative, rank, rank_of.
 */
export interface IndicatorValue {
  region: string;
  region_name: string;
  level: string;
  parent: string | null;
  year: number;
  indicator: string;
  group: string;
  /** null when the value cannot be computed; `note` says why. Never 0 for "missing". */
  value: number | null;
  unit: string;
  se: number | null;
  /** 95% confidence interval (value ± 1.96 se) when a standard error is known. */
  ci_low: number | null;
  ci_high: number | null;
  /**
   * Whether a survey estimate is precise enough to report on its own: presentation.level === 'ok';
   * null when there is no standard error.
   */
  reliable: boolean | null;
  /**
   * How the value may be shown under the presentation standard (survey/presentation.ts): ok,
   * flagged (greyed, use with caution) or suppressed (not shown: "—" in tables, left out of
   * charts, not judged against its target); null without a standard error (the standard then does
   * not apply).
   */
  presentation: PresentationLevel | null;
  /** Why flagged or suppressed: PresentationReason codes separated by spaces ("ci_relative_width"); null when ok. */
  presentation_reasons: string | null;
  /** Rules the value could not be checked against for want of its n or df ("n df"); null when all applied. */
  presentation_unchecked: string | null;
  origin: 'observed' | 'rolled_up' | 'computed' | 'missing';
  /**
   * Where an observed value came from, as its data file states it (来源 column, or the survey
   * estimate's description); null when the file names none and for rolled-up and computed values.
   */
  source: string | null;
  /** Children that reported, out of those that exist (roll-ups). */
  reported: number | null;
  expected: number | null;
  /** "7/8" when a roll-up lacks children; null when complete or not a roll-up. */
  coverage: string | null;
  approximate: boolean;
  note: string | null;
  /** Change since the previous year with a value, and the years between. */
  change: number | null;
  change_years: number | null;
  /** Growth since the previous year with a value, in percent. */
  growth: number | null;
  /** Compound annual growth since the first year with a value, in percent (REFERENCE.md §3). */
  cagr: number | null;
  /** Sum from the plan period's start to this year (flows only). */
  cumulative: number | null;
  /** Rank among sibling regions, 1 = best by the indicator's direction. */
  rank: number | null;
  rank_of: number | null;
}
