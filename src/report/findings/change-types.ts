import type { ChangeCauseKind, Revision } from '../../evaluate/change-causes.js';
import type { Amount } from './types.js';

/** A revision as a finding quotes it: the figures as amounts in the row's unit; `since`: a cumulative total's first year. */
export interface RevisionArg {
  field: Revision['field'];
  year: number;
  old: Amount | null;
  new: Amount | null;
  since: number | null;
  /** `compliant`: the sub-regions (by name) or years (2022年) whose compliance the revision turned. */
  concerned: string[];
  /** `compliant`: what is counted: years (an annual target) or sub-regions (a per-sub-region one). */
  counted: 'years' | 'regions';
}

/** One target's revisions, for a sentence: whose (indicator; the region when it is not the report's) and what. */
export interface RevisedTarget {
  target: string;
  indicator: string;
  /** The region, when the report is about another (a sub-region's row in the jurisdiction's report); else null. */
  region: string | null;
  revisions: RevisionArg[];
}

/**
 * What the comparison with an earlier evaluation says (report/findings/change-rules.ts), as
 * data. Worded in change-wording.ts, which the catalogue takes in.
 */
export interface ChangeFindingArgs {
  /**
   * The targets in both evaluations counted: how many changed status, better or worse (by the
   * order of statuses) or neither (to or from not assessable, or a status without a rank), and how many changes
   * each cause took part in (a change may have several), plus the targets only one has.
   */
  changes_counted: {
    previousYear: number; year: number; compared: number; changed: number; improved: number; worsened: number; neither: number;
    causes: Record<ChangeCauseKind, number>; added: number; removed: number;
  };
  /** A target whose status changed at least partly because data the earlier evaluation used were revised. */
  change_revised: RevisedTarget & { previousYear: number };
  /** Targets whose data were revised without their status changing. */
  revisions_unchanged: { previousYear: number; count: number; targets: RevisedTarget[] };
}
