import type { EvaluationRow } from '../evaluate/types.js';
import { statusChance, statusLabels } from '../evaluate/labels.js';
import { comparatorLabels } from '../plan/labels.js';
import { changeWords, formatChange, unchangedWords } from '../util/format-number.js';
import type { BindScope } from './bind-scope.js';
import { metEarly } from './findings/rules.js';
import { aside } from './row-style.js';

/**
 * A target as templates see it ({{headline.value}}, {{#each targets}}): every figure formatted,
 * the status worded, and the flags templates branch on (achieved, ahead, behind, …).
 */
export function targetContext(s: BindScope, r: EvaluationRow): Record<string, unknown> {
  const { lang, qty, stated, pct } = s;
  const changed = r.change === null ? '' : changeWords(r.change, r.unit ?? undefined, { lang, decimals: r.unit === '%' ? 1 : s.a.indicators.get(r.indicator ?? '')?.decimals });
  return {
    id: r.target_id,
    name: s.indName(r.indicator),
    value: qty(r.value, r),
    value_year: r.value_year ?? '—',
    value_when: valueWhen(s, r),
    target: r.target === null ? '—' : `${r.comparator ? comparatorLabels[r.comparator as keyof typeof comparatorLabels][lang] : ''}${stated(r.target, r)}`,
    target_year: r.target_year,
    completion: pct(r.completion_rate),
    distance: pct(r.distance_progress),
    time: pct(r.time_progress),
    status: statusLabels[r.status][lang],
    /** Survey values: how likely the status is, as an aside for after it: （概率87%） / （最可能为进度滞后，概率55%）; '' otherwise. */
    chance: statusChance(r, lang) === null ? '' : aside(statusChance(r, lang)!, lang),
    /** The sampling error leaves no status likely enough (不确定). */
    uncertain: r.status === 'uncertain',
    /** The evaluation year has reached the target year: the question is whether it was met, no longer the pace. */
    target_year_reached: r.year >= r.target_year,
    has_value: r.value !== null,
    achieved: r.status === 'achieved',
    /** Met while its year is still ahead (提前实现): never in the target year itself. */
    early: metEarly(r, r.year),
    /** The target year has come without the target met (未达标): no pace left to judge. */
    closed: r.status === 'not_achieved',
    /** Distance covered and time elapsed are both known, so a pace can be stated. */
    has_pace: r.distance_progress !== null && r.time_progress !== null,
    has_baseline: r.baseline !== null && r.baseline_year !== null && r.change !== null,
    ahead: r.distance_progress !== null && r.time_progress !== null && r.distance_progress >= r.time_progress,
    behind: ['behind', 'seriously_behind', 'regressing', 'not_achieved'].includes(r.status),
    projected: r.projected_value === null ? '—' : qty(r.projected_value, r),
    projected_range: r.projected_low === null || r.projected_high === null ? '' : `${qty(r.projected_low, r)}—${qty(r.projected_high, r)}`,
    reach: reachText(s, r),
    baseline: r.baseline === null ? '—' : qty(r.baseline, r),
    baseline_year: r.baseline_year ?? '—',
    change: r.change === null ? '—' : r.unit === '%' ? formatChange(r.change, '%', { lang }) : qty(r.change, r),
    /** The change since the baseline for prose: 提高1.3个百分点 / 增加35人次 / 持平 (unchanged says 与…持平). */
    change_words: changed,
    unchanged: changed === unchangedWords[lang],
    significant: r.change_significant !== false,
    compliance: r.compliant === null ? '' : `${r.compliant}/${r.compliance_of}`,
    failing: (r.failing ?? []).map((code) => s.regionName(code)).join(s.zh ? '、' : ', '),
  };
}

/**
 * "2024年为13.9%", or for a cumulative target "2021—2024年累计9,610人次": a total since the period
 * began is never said as one year's figure (the action sections state the year's own value).
 */
function valueWhen(s: BindScope, r: EvaluationRow): string {
  if (r.value === null || r.value_year === null) return '';
  const start = s.a.plan.period.start;
  if (r.kind === 'cumulative' && start < r.value_year) return s.zh ? `${start}—${r.value_year}年累计${s.qty(r.value, r)}` : `${s.qty(r.value, r)} in total over ${start}–${r.value_year}`;
  return s.zh ? `${r.value_year}年为${s.qty(r.value, r)}` : `${s.qty(r.value, r)} in ${r.value_year}`;
}

/**
 * When the current trend reaches the target, in words; nothing once achieved, without a value, or
 * when the status is not assessable or uncertain (a forecast beside "cannot be judged" contradicts
 * it, and a trend within sampling error is no trend to project).
 */
function reachText({ zh }: BindScope, r: EvaluationRow): string {
  if (r.status === 'achieved' || r.status === 'not_achieved' || r.status === 'not_assessable' || r.status === 'uncertain' || r.value === null) return '';
  if (r.reach_year === null) return zh ? '按现有趋势难以实现' : 'not reached on the current trend';
  if (r.reach_year <= r.target_year) return zh ? `按现有趋势可于${r.reach_year}年实现` : `reached by ${r.reach_year} on the current trend`;
  return zh ? `按现有趋势将推迟至${r.reach_year}年` : `reached only in ${r.reach_year} on the current trend`;
}

/** The headline's fields when the region has no target to head the report with. */
export function emptyTarget(): Record<string, unknown> {
  return { id: '', name: '', value: '—', value_year: '—', target: '—', target_year: '', completion: '—', distance: '—', time: '—', status: '', chance: '', uncertain: false, target_year_reached: false, has_value: false, value_when: '', achieved: false, early: false, closed: false, has_pace: false, has_baseline: false, ahead: false, behind: false, projected: '—', projected_range: '', reach: '', baseline: '—', baseline_year: '—', change: '—', significant: true, compliance: '', failing: '' };
}
