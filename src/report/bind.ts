import type { Assessment } from '../evaluate/assess.js';
import { statusLabels, statusOrder } from '../evaluate/labels.js';
import type { EvaluationRow } from '../evaluate/types.js';
import { actionGroupLabels, comparatorLabels, yearSpan } from '../plan/labels.js';
import { formatPercent, formatPoints, formatQuantity } from '../util/format-number.js';
import type { Lang } from '../util/lang.js';
import { localize } from '../util/lang.js';
import { actionIndicators } from '../plan/action-indicators.js';
import { findings } from './findings.js';

export type ReportKind = 'midterm' | 'final' | 'brief';

export interface BindOptions {
  kind: ReportKind;
  lang: Lang;
  /** The report's date, YYYY-MM-DD (from the clock at the CLI, or fixed with --deterministic). */
  date: string;
  /** Issuing office. Default: the plan's leading-group office. */
  office?: string;
  /** Report on this sub-region instead of the jurisdiction (per-region reports). */
  region?: string;
  notice?: string;
}

/**
 * The report's context: every value a template may print, already worded and formatted, read
 * from the assessment (bind phase). Templates choose and order these; they cannot compute.
 * docs/templates.md lists the fields.
 */
export function bindContext(a: Assessment, options: BindOptions): Record<string, unknown> {
  const { lang, kind, date } = options;
  const zh = lang === 'zh';
  const region = options.region ?? a.root;
  const regionRecord = a.regions.byCode.get(region);
  const regionName = (zh ? regionRecord?.name : (regionRecord?.nameEn ?? regionRecord?.name)) ?? localize(a.plan.jurisdiction.name, lang);
  const indName = (id: string | null) => (id ? localize(a.indicators.get(id)?.name, lang) || id : '');
  const unitOf = (r: EvaluationRow) => (r.kind === 'per_subregion' && r.role === 'target' ? (zh ? '个地区' : 'regions') : (r.unit ?? undefined));
  const qty = (v: number | null, r: EvaluationRow) => (v === null ? '—' : formatQuantity(v, unitOf(r), { lang, decimals: a.indicators.get(r.indicator ?? '')?.decimals }));
  // A target is quoted as the plan states it (15%), not as a measured value (15.0%).
  const stated = (v: number | null, r: EvaluationRow) => (v === null ? '—' : formatQuantity(v, unitOf(r), { lang }));
  const pct = (v: number | null) => (v === null ? '—' : formatPercent(v * 100, { decimals: 0 }));
  const own = a.rows.filter((r) => r.region === region && r.indicator !== null && r.kind !== 'qualitative');
  const ownTargets = region === a.root ? own.filter((r) => r.role === 'target') : own;
  const headlineRow = ownTargets.find((r) => r.indicator === 'literacy_share' && r.kind === 'level') ?? ownTargets.find((r) => r.kind === 'level') ?? ownTargets[0];
  const office = options.office ?? (zh ? `${localize(a.plan.jurisdiction.name, 'zh')}全民科学素质工作领导小组办公室` : `Office of the ${localize(a.plan.jurisdiction.name, 'en')} Science Literacy Leading Group`);
  const [y, m] = date.split('-');
  const kindName = { midterm: zh ? '中期评估报告' : 'Midterm Evaluation Report', final: zh ? '总结评估报告' : 'Final Evaluation Report', brief: zh ? '年度简报' : 'Annual Briefing' }[kind];

  const target = (r: EvaluationRow) => ({
    id: r.target_id,
    name: indName(r.indicator),
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
    reach: r.status === 'achieved' || r.value === null ? '' : r.reach_year === null ? (zh ? '按现有趋势难以实现' : 'not reached on the current trend') : r.reach_year <= r.target_year ? (zh ? `按现有趋势可于${r.reach_year}年实现` : `reached by ${r.reach_year} on the current trend`) : (zh ? `按现有趋势将推迟至${r.reach_year}年` : `reached only in ${r.reach_year} on the current trend`),
    baseline: r.baseline === null ? '—' : qty(r.baseline, r),
    baseline_year: r.baseline_year ?? '—',
    change: r.change === null ? '—' : r.unit === '%' ? formatPoints(r.change, { lang }) : qty(r.change, r),
    significant: r.change_significant !== false,
    compliance: r.compliance ?? '',
    failing: r.failing ?? '',
  });

  const counts = Object.fromEntries(statusOrder.map((s) => [s, ownTargets.filter((r) => r.status === s).length])) as Record<string, number>;
  const quantitative = ownTargets.length;
  const found = findings(a, lang);
  const problems = found.filter((f) => f.kind === 'problem');
  const achievements = found.filter((f) => f.kind === 'achievement');

  const actions = a.plan.actions
    .filter((x) => x.group !== 'task')
    .map((x, i) => {
      const ids = actionIndicators(a.plan, x);
      const withData = ids.filter((id) => a.values.some((v) => v.region === region && v.indicator === id && v.value !== null && v.year <= a.year));
      const targets = a.rows.filter((r) => r.role === 'target' && r.indicator !== null && ids.includes(r.indicator)).map(target);
      const task = a.tasks.tasks.find((t) => t.task === x.id);
      const lead = x.lead.length ? x.lead : [...new Set(x.measures.flatMap((m) => m.lead))];
      const latest = withData.map((id) => {
        const v = a.values.filter((v) => v.region === region && v.indicator === id && v.group === 'total' && v.value !== null && v.year <= a.year).at(-1)!;
        const ind = a.indicators.get(id)!;
        return { name: indName(id), value: formatQuantity(v.value, ind.unit, { lang, decimals: ind.decimals }), year: v.year, change: v.change === null ? '' : formatQuantity(v.change, ind.unit, { lang, decimals: ind.decimals }) };
      });
      return {
        id: x.id,
        order: i + 1,
        title: x.title,
        group: actionGroupLabels[x.group][lang],
        lead: lead.slice(0, 8).join('、') + (lead.length > 8 ? (zh ? `等${lead.length}个单位` : ` and ${lead.length - 8} more`) : ''),
        measures: x.measures.map((m) => m.title).join('、'),
        measure_count: x.measures.length,
        indicators: latest,
        has_indicators: latest.length > 0,
        chart_indicator: withData[0] ?? '',
        has_chart: withData.length > 0,
        targets,
        has_targets: targets.length > 0,
        task_status: task ? { not_started: zh ? '未开始' : 'not started', in_progress: zh ? '推进中' : 'in progress', done: zh ? '已完成' : 'done', overdue: zh ? '逾期未完成' : 'overdue' }[task.status] : '',
        has_task: Boolean(task?.latest_year),
      };
    });

  const gapRow = a.imbalance.find((r) => r.indicator === 'literacy_share' && r.urban_rural_gap !== null);
  const spreadRow = a.imbalance.find((r) => r.indicator === 'literacy_share');
  const points = (x: number | null | undefined) => (x === null || x === undefined ? '—' : formatPoints(x, { lang }).replace(/^\+/, ''));

  return {
    report: { kind: kindName, year: a.year, date_text: zh ? `${y}年${Number(m)}月` : `${y}-${m}`, date, office, midterm: kind === 'midterm', final: kind === 'final', brief: kind === 'brief' },
    plan: {
      title: localize(a.plan.title, lang),
      document_number: a.plan.documentNumber ?? '',
      issuer: a.plan.issuer ?? '',
      period: yearSpan(a.plan.period.start, a.plan.period.end, lang),
      start: a.plan.period.start,
      end: a.plan.period.end,
      jurisdiction: localize(a.plan.jurisdiction.name, lang),
      draft: a.plan.draft,
      implements: a.plan.implements.map((p) => `《${p.title}》`).join(''),
    },
    region: { code: region, name: regionName, is_jurisdiction: region === a.root, subregions: (a.regions.children.get(a.root) ?? []).length },
    headline: headlineRow ? { exists: true, ...target(headlineRow) } : { exists: false, ...emptyTarget() },
    counts: {
      total: quantitative,
      ...counts,
      qualitative: a.plan.targets.filter((t) => t.kind === 'qualitative').length,
      summary: statusOrder.filter((s) => counts[s]).map((s) => `${statusLabels[s][lang]}${counts[s]}${zh ? '项' : ''}`).join(zh ? '、' : ', '),
    },
    targets: ownTargets.map(target),
    actions,
    findings: problems.slice(0, 8).map((f) => f.text),
    has_findings: problems.length > 0,
    top_findings: [...problems.slice(0, 4), ...achievements.slice(0, 1)].slice(0, 5).map((f) => f.text),
    achievements: achievements.map((f) => f.text),
    has_achievements: achievements.length > 0,
    recommendations: [...new Set(problems.map((f) => f.recommendation).filter((r): r is string => Boolean(r)))].slice(0, 6),
    imbalance: {
      has_gap: Boolean(gapRow),
      gap: points(gapRow?.urban_rural_gap),
      gap_base: points(gapRow?.base_urban_rural_gap),
      gap_year: gapRow?.year ?? '',
      gap_base_year: gapRow?.baseline_year ?? '',
      gap_widened: gapRow?.gap_narrowed === false,
      has_spread: Boolean(spreadRow),
      range: points(spreadRow?.range),
      cv: spreadRow?.cv === null || !spreadRow ? '—' : spreadRow.cv.toFixed(3),
      spread_narrowed: spreadRow?.cv_narrowed === true,
    },
    tasks: {
      total: a.tasks.tasks.length,
      done: a.tasks.tasks.filter((t) => t.status === 'done').length,
      overdue: a.tasks.tasks.filter((t) => t.status === 'overdue').length,
      reported: a.tasks.tasks.filter((t) => t.latest_year !== null).length,
      has_reports: a.tasks.tasks.some((t) => t.latest_year !== null),
    },
    /** has.<indicator>: whether the region has values of it up to Y (for {{#if has.literacy_share}}). */
    has: Object.fromEntries([...a.indicators.keys()].map((id) => [id, a.values.some((v) => v.region === region && v.indicator === id && v.value !== null && v.year <= a.year)])),
    has_urban_rural: a.values.some((v) => v.region === region && v.group === 'rural' && v.value !== null),
    has_tasks: a.plan.actions.length > 0,
    method: methodText(a.method, lang),
    notice: options.notice ?? '',
    has_notice: Boolean(options.notice),
  };
}

function emptyTarget(): Record<string, unknown> {
  return { id: '', name: '', value: '—', value_year: '—', target: '—', target_year: '', completion: '—', distance: '—', time: '—', status: '', has_value: false, achieved: false, ahead: false, behind: false, projected: '—', projected_range: '', reach: '', baseline: '—', baseline_year: '—', change: '—', significant: true, compliance: '', failing: '' };
}

function methodText(method: string, lang: Lang): { name: string } {
  const names: Record<string, { zh: string; en: string }> = {
    schedule: { zh: '序时进度法', en: 'time-elapsed schedule' },
    eurostat: { zh: '复合增长率比值法（Open SDG / 欧盟统计局）', en: 'CAGR ratio (Open SDG / Eurostat)' },
    unsd: { zh: '复合增长率比值法（联合国统计司，2022年以前）', en: 'CAGR ratio (UN Statistics Division, to 2022)' },
    unsd2023: { zh: '趋势外推法（联合国统计司，2023年起）', en: 'extrapolation (UN Statistics Division, 2023 on)' },
  };
  return { name: (names[method] ?? names.schedule!)[lang] };
}
