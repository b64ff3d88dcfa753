import type { ChangeCauseKind, Revision } from '../../evaluate/change-causes.js';
import { changeCauseKinds } from '../../evaluate/change-causes.js';
import type { Assessment } from '../../evaluate/assess.js';
import type { TargetChange, TargetKey } from '../../evaluate/compare.js';
import type { Status } from '../../evaluate/types.js';
import { regionName } from '../../data/region-name.js';
import type { Lang } from '../../util/lang.js';
import { amountOf } from './rules.js';
import type { RevisedTarget, RevisionArg } from './change-types.js';
import type { Finding } from './types.js';

/**
 * The comparison's entries a report on `region` speaks of: the same rows as its own (own-rows.ts):
 * for the jurisdiction its quantitative plan targets, for a sub-region its own quantitative rows.
 * The changes table and the counting sentence both take their rows here, so they count alike.
 */
export function reportedChanges(a: Assessment, region: string): TargetChange[] {
  return (a.comparison?.changes ?? []).filter((c) => c.region === region && c.indicator !== null && c.kind !== 'qualitative' && (region !== a.root || c.role === 'target'));
}

/**
 * Better or worse, by the order of statuses (best first). Not assessable has no rank, nor has a
 * status this list does not know: a change to or from one is neither better nor worse. Regressing
 * and not achieved rank alike (both the worst; the one a pace, the other a verdict).
 */
const RANK: Partial<Record<Status, number>> = { achieved: 0, on_track: 1, behind: 2, seriously_behind: 3, regressing: 4, not_achieved: 4 };

/** A revision with its figures as amounts in the row's unit (a count complying as a plain number). */
export function revisionArg(a: Assessment, c: TargetChange, r: Revision, lang: Lang): RevisionArg {
  const amount = (v: number | null) => (v === null ? null : r.field === 'compliant' ? { value: v, unit: null, decimals: 0 } : amountOf(a, c, v));
  // An annual target's failing entries are years, a per-sub-region target's region codes.
  const named = (x: string) => (/^\d{4}$/.test(x) ? (lang === 'zh' ? `${x}年` : x) : (regionName(a.regions, x, lang) ?? x));
  return {
    field: r.field, year: r.year, old: amount(r.old), new: amount(r.new), since: r.field === 'value' && c.kind === 'cumulative' ? a.plan.period.start : null,
    concerned: (r.concerned ?? []).map(named), counted: c.kind === 'annual' ? 'years' : 'regions',
  };
}

function revisedTarget(a: Assessment, c: TargetChange, region: string, lang: Lang): RevisedTarget {
  return { target: c.target_id, indicator: c.indicator!, region: c.region === region ? null : c.region, revisions: c.revisions.map((r) => revisionArg(a, c, r, lang)) };
}

/**
 * The comparison with an earlier evaluation, as statements (none without one): the counts of
 * changes by direction and cause, then each change that revised data brought about, then the
 * revisions that changed nothing. Pure.
 */
export function changeStatements(a: Assessment, region: string, lang: Lang): Finding[] {
  const comparison = a.comparison;
  if (!comparison) return [];
  const rows = reportedChanges(a, region);
  const changed = rows.filter((c) => c.changed);
  const rank = (s: Status) => RANK[s];
  const better = (c: TargetChange) => rank(c.previous.status) !== undefined && rank(c.current.status) !== undefined && rank(c.current.status)! < rank(c.previous.status)!;
  const worse = (c: TargetChange) => rank(c.previous.status) !== undefined && rank(c.current.status) !== undefined && rank(c.current.status)! > rank(c.previous.status)!;
  const causes = Object.fromEntries(changeCauseKinds.map((k) => [k, changed.filter((c) => c.causes.some((x) => x.kind === k)).length])) as Record<ChangeCauseKind, number>;
  const own = (k: TargetKey) => k.region === region && k.indicator !== null && k.kind !== 'qualitative' && (region !== a.root || k.role === 'target');
  const counted: Finding = {
    code: 'changes_counted', kind: 'summary', weight: 0,
    args: {
      previousYear: comparison.previous_year, year: comparison.year, compared: rows.length, changed: changed.length,
      improved: changed.filter(better).length, worsened: changed.filter(worse).length, neither: changed.filter((c) => !better(c) && !worse(c)).length,
      causes, added: comparison.added.filter(own).length, removed: comparison.removed.filter(own).length,
    },
  };
  const byRevision = changed.filter((c) => c.causes.some((x) => x.kind === 'revised_data')).map((c): Finding => ({
    code: 'change_revised', kind: 'summary', weight: 0, args: { ...revisedTarget(a, c, region, lang), previousYear: comparison.previous_year },
  }));
  const quiet = rows.filter((c) => !c.changed && c.revisions.length > 0);
  const unchanged: Finding[] = quiet.length ? [{ code: 'revisions_unchanged', kind: 'summary', weight: 0, args: { previousYear: comparison.previous_year, count: quiet.length, targets: quiet.map((c) => revisedTarget(a, c, region, lang)) } }] : [];
  return [counted, ...byRevision, ...unchanged];
}
