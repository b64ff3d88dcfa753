import type { JudgementGrade } from '../../data/judgements.js';
import type { ErrorCode } from '../../errors/index.js';
import type { MethodName, Status, StatusReason } from '../../evaluate/types.js';
import type { ChangeFindingArgs } from './change-types.js';

/**
 * A measured amount as a finding quotes it: the number, its unit (the indicator's, 'points' for
 * a difference of shares, or 'regions' for a count of sub-regions) and the indicator's decimals.
 */
export interface Amount {
  value: number;
  unit: string | null;
  decimals?: number;
}

/**
 * What each finding says, as data: codes, numbers and ids, never words. Wording lives in one
 * catalogue per language (catalogue.ts); a code added here without its zh and en wording fails
 * the type check there.
 */
export interface FindingArgs extends ChangeFindingArgs {
  /** A target not on track for the jurisdiction: behind, seriously behind, regressing, or not achieved by its year. */
  target_behind: {
    target: string; indicator: string; status: Status; value: Amount; valueYear: number;
    /** Cumulative targets: the first year summed (the value is a total since then). */
    since: number | null;
    completion: number | null; timeProgress: number | null; reachYear: number | null; targetYear: number;
    /** Whether the target year has come (the claim is 未达标, not a pace). */
    closed: boolean;
    /** Survey values: the status's probability (verdict-probability.ts); null without a standard error. */
    chance: number | null;
    /**
     * 需年均: the change a year still needed to meet the target on time, unsigned (points for a
     * share), with the way it must go; and as compound growth a year for a quantity. Null when none.
     */
    required: Amount | null; requiredDown: boolean; requiredGrowth: number | null;
    /** The lead units of the plan's actions this indicator reports on. */
    leads: string[];
    /** The plan's overall goal (the literacy share), which no one action leads: every member unit's. */
    overall: boolean;
  };
  /** A per-sub-region target (每个县区…) not met: how many comply and who does not. */
  subregions_behind: { target: string; indicator: string; status: Status; compliant: number; of: number; required: number; failing: string[]; unreported: string[]; targetYear: number; closed: boolean; leads: string[] };
  /** A sub-region well behind the jurisdiction (evaluate/lagging.ts). */
  region_lagging: { region: string; indicator: string; shortfall: Amount; lowerIsBetter: boolean; widened: boolean; parent: string; year: number };
  /** The urban–rural gap of an indicator wider than at the baseline. `action`: the plan's action for farmers (its id), which the recommendation names. */
  urban_rural_gap_widened: { indicator: string; baseYear: number; baseGap: Amount; year: number; gap: Amount; action: string | null };
  /** Sub-regions that sent nothing for the year: the jurisdiction's totals lack them. */
  regions_not_reported: { regions: string[]; year: number };
  /** Tasks past their deadline and not done. */
  tasks_overdue: { titles: string[]; leads: string[] };
  /** A target met: early when its year is still ahead. */
  target_met: { target: string; indicator: string; value: Amount; valueYear: number; early: boolean; since: number | null; chance: number | null };
  /**
   * A target whose survey-based verdict is uncertain: no status reaches the stated probability
   * (thresholds.verdictLevel). The likeliest status and its probability, and whether the target
   * year has come (then the question is whether it was met, not the pace).
   */
  target_uncertain: { target: string; indicator: string; value: Amount; valueYear: number; likeliest: Status; chance: number; closed: boolean; targetYear: number };
  /**
   * The progress methods give a target different statuses on the same values: the chosen
   * method's status first, then each other method's, in the registry's order.
   */
  methods_disagree: { target: string; indicator: string; chosen: MethodName; verdicts: { method: MethodName; status: Status }[] };
  /**
   * A qualitative target whose recorded judgement (评定意见) is 达到: said as a judgement, with who
   * judged, the year and the document cited, never as a measured result.
   */
  judged_met: { target: string; grade: JudgementGrade; judge: string; year: number; reference: string | null };
  /**
   * A qualitative target judged short of its goal: 未达到, or 基本达到 once its target year has come
   * (closed: the status is 未达标). `leads`: the lead units of the target's action, if the plan names one.
   */
  judged_short: { target: string; grade: JudgementGrade; judge: string; year: number; reference: string | null; status: Status; targetYear: number; closed: boolean; leads: string[] };
  /** No quantitative target could be assessed: the report must say so, not "nothing is behind". */
  nothing_assessable: { targets: number; year: number; reasons: StatusReason[] };
  /**
   * (reasons: why the not-assessable ones are so, distinct, in row order: lacking data, or a change
   * within sampling error, which is not a want of data.)
   * The region's quantitative targets counted by status (定量目标12项中，已达标3项、…): one number per
   * status, 0 where none has it, so that the sentence is never left with an empty slot.
   */
  targets_counted: { total: number; reasons: StatusReason[] } & Record<Status, number>;
  /**
   * The qualitative targets: how many there are, how many have a recorded judgement for a year ≤ Y,
   * and those by grade (achieved, largely_achieved, not_achieved are grades here, not statuses).
   */
  qualitative_counted: { total: number; judged: number; open: number } & Record<JudgementGrade, number>;
  /** The plausibility checks ran on the workspace's data: how many values need checking (0: none). */
  data_checked: { total: number };
  /** One plausibility check's count of values to check, for the appendix's list. */
  data_check_group: { check: ErrorCode; count: number };
}

export type FindingCode = keyof FindingArgs;

/** A statement the report makes, as data: its code and arguments, whether it is a problem, and its rank. */
export type Finding = {
  [C in FindingCode]: {
    code: C;
    args: FindingArgs[C];
    /** problem, achievement, notice: the findings sections; summary: a counting statement the template places. */
    kind: 'problem' | 'achievement' | 'notice' | 'summary';
    /** Rank: more serious first. */
    weight: number;
  };
}[FindingCode];
