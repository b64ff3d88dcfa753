import type { EvaluationRow } from '../evaluate/types.js';
import { statusLabels } from '../evaluate/labels.js';
import { comparatorLabels } from '../plan/labels.js';
import { formatChange } from '../util/format-number.js';
import type { BindScope } from './bind-scope.js';

/**
 * A target as templates see it ({{headline.value}}, {{#each targets}}): every figure formatted,
 * the status worded, and the flags templates branch on (achieved, ahead, behind, …).
 */
export function targetContext(s: BindScope, r: EvaluationRow): Record<string, unknown> {
  const { lang, qty, stated, pct } = s;
  return {
    id: r.target_id,
    name: s.indName(r.indicator),
    value: qty(r.value, r),
    value_year: r.value_year ?? '—',
    target: r.target === null ? '—' : `${r.comparator ? comparatorLabels[r.comparator as keyof typeof comparatorLabels][lang] : ''}${stated(r.target, r)}`,
    target_year: r.target_year,
    completion: pct(r.completion_rate),
    distance: pct(r.distance_progress),
    time: pct(r.time_progress),
    status: statusLabels[r.status][lang],
    has_value: r.value !== null,
    achieved: r.status === 'achieved',
    ahead: r.distance_progress !== null && r.time_progress !== null && r.distance_progress >= r.time_progress,
    behind: ['behind', 'seriously_behind', 'regressing'].includes(r.status),
    projected: r.projected_value === null ? '—' : qty(r.projected_value, r),
    projected_range: r.projected_low === null || r.projected_high === null ? '' : `${qty(r.projected_low, r)}—${qty(r.projected_high, r)}`,
    reach: reachText(s, r),
    baseline: r.baseline === null ? '—' : qty(r.baseline, r),
    baseline_year: r.baseline_year ?? '—',
    change: r.change === null ? '—' : r.unit === '%' ? formatChange(r.change, '%', { lang }) : qty(r.change, r),
    significant: r.change_significant !== false,
    compliance: r.compliance ?? '',
    failing: r.failing ?? '',
  };
}

/** When the current trend reaches the target, in words; nothing once achieved or without a value. */
function reachText({ zh }: BindScope, r: EvaluationRow): string {
  if (r.status === 'achieved' || r.value === null) return '';
  if (r.reach_year === null) return zh ? '按现有趋势难以实现' : 'not reached on the current trend';
  if (r.reach_year <= r.target_year) return zh ? `按现有趋势可于${r.reach_year}年实现` : `reached by ${r.reach_year} on the current trend`;
  return zh ? `按现有趋势将推迟至${r.reach_year}年` : `reached only in ${r.reach_year} on the current trend`;
}

/** The headline's fields when the region has no target to head the report with. */
export function emptyTarget(): Record<string, unknown> {
  return { id: '', name: '', value: '—', value_year: '—', target: '—', target_year: '', completion: '—', distance: '—', time: '—', status: '', has_value: false, achieved: false, ahead: false, behind: false, projected: '—', projected_range: '', reach: '', baseline: '—', baseline_year: '—', change: '—', significant: true, compliance: '', failing: '' };
}
