import type { Assessment } from '../evaluate/assess.js';
import { statusLabels } from '../evaluate/labels.js';
import type { EvaluationRow } from '../evaluate/types.js';
import { comparatorLabels } from '../plan/labels.js';
import { formatPercent, formatQuantity } from '../util/format-number.js';
import type { Lang } from '../util/lang.js';
import { localize } from '../util/lang.js';
import type { Table } from './model.js';

/** The tables `::: table <name>` places, built from the assessment's rows. */
export const tableNames = ['dashboard', 'regions', 'imbalance', 'tasks', 'units', 'data'] as const;
export type TableName = (typeof tableNames)[number];

export interface TableOptions {
  lang: Lang;
  /** Indicator, for the regions and data tables. */
  indicator?: string;
  /** Region whose rows the dashboard shows. Default: the jurisdiction. */
  region?: string;
  caption?: string;
}

/** A table without its number (compose numbers tables in order). */
type UnnumberedTable = Omit<Table, 'label'>;

/** What every table reads besides the assessment: the language and its wording helpers. */
interface Words {
  a: Assessment;
  options: TableOptions;
  lang: Lang;
  /** The Chinese or the English wording. */
  T: (zh: string, en: string) => string;
  indName: (id: string | null) => string;
  /** A share (0–1) as a whole percentage, or a dash. */
  pct: (v: number | null) => string;
  /** A row's value in its unit with its indicator's decimals (a count of regions for per-region targets), or a dash. */
  qty: (v: number | null, r: EvaluationRow) => string;
}

const builders: Record<TableName, (w: Words) => UnnumberedTable> = {
  dashboard: dashboardTable,
  regions: regionsTable,
  imbalance: imbalanceTable,
  tasks: tasksTable,
  units: unitsTable,
  data: dataTable,
};

/** A table of the report, without its number (compose numbers tables in order). */
export function buildTable(name: TableName, a: Assessment, options: TableOptions): UnnumberedTable {
  return builders[name](words(a, options));
}

function words(a: Assessment, options: TableOptions): Words {
  const { lang } = options;
  const T = (c: string, e: string) => (lang === 'zh' ? c : e);
  return {
    a, options, lang, T,
    indName: (id) => (id ? localize(a.indicators.get(id)?.name, lang) || id : ''),
    pct: (v) => (v === null ? '—' : formatPercent(v * 100, { decimals: 0 })),
    qty: (v, r) =>
      v === null ? '—' : formatQuantity(v, r.kind === 'per_subregion' && r.role === 'target' ? T('个地区', 'regions') : (r.unit ?? undefined), { lang, decimals: a.indicators.get(r.indicator ?? '')?.decimals }),
  };
}

/** Targets of a region (the jurisdiction's own targets by default): value, target, completion, time elapsed and status. */
function dashboardTable({ a, options, lang, T, indName, pct, qty }: Words): UnnumberedTable {
  const region = options.region ?? a.root;
  const rows = a.rows.filter((r) => r.region === region && r.indicator !== null && r.kind !== 'qualitative' && (region !== a.root || r.role === 'target'));
  return {
    type: 'table', name: 'dashboard', caption: options.caption ?? T(`${a.year}年主要指标完成情况`, `Targets in ${a.year}`),
    columns: [
      { title: T('指标', 'Indicator') }, { title: T('现值', 'Value'), align: 'right' }, { title: T('目标', 'Target'), align: 'right' },
      { title: T('完成率', 'Done'), align: 'right' }, { title: T('序时进度', 'Time'), align: 'right' }, { title: T('状态', 'Status') },
    ],
    rows: rows.map((r) => [
      indName(r.indicator) + (r.kind === 'per_subregion' ? T('（达标地区）', ' (regions)') : r.kind === 'cumulative' ? T('（累计）', ' (cumulative)') : r.kind === 'annual' ? T('（每年）', ' (yearly)') : ''),
      `${qty(r.value, r)}${r.value_year !== null && r.value_year !== a.year ? `（${r.value_year}）` : ''}`,
      `${r.comparator ? comparatorLabels[r.comparator as keyof typeof comparatorLabels][lang] : ''}${r.target === null ? '—' : formatQuantity(r.target, r.kind === 'per_subregion' ? T('个地区', 'regions') : (r.unit ?? undefined), { lang })}（${r.target_year}）`,
      r.compliant !== null && r.kind !== 'cumulative' ? `${r.compliant}/${r.compliance_of}` : pct(r.completion_rate),
      pct(r.time_progress),
      statusLabels[r.status][lang],
    ]),
    status: rows.map((r) => [null, null, null, null, null, r.status]),
    note: T('完成率：现值÷目标值（累计目标为累计值÷目标值）；序时进度：规划期已过时间的比例。', 'Done: value ÷ target; time: share of the period elapsed.'),
  };
}

/** One indicator across the sub-regions in the latest year any of them has, ranked, with change, 95% CI and status. */
function regionsTable({ a, options, lang, T, indName }: Words): UnnumberedTable {
  const id = options.indicator ?? 'literacy_share';
  const ind = a.indicators.get(id);
  const children = a.regions.children.get(a.root) ?? [];
  const latestYear = Math.max(...a.values.filter((v) => v.indicator === id && v.year <= a.year && v.value !== null && children.some((c) => c.code === v.region)).map((v) => v.year), -Infinity);
  const vals = children.map((c) => a.values.find((v) => v.region === c.code && v.indicator === id && v.group === 'total' && v.year === latestYear)).filter((v) => v !== undefined);
  const status = new Map(a.rows.filter((r) => r.indicator === id && r.role === 'subregion').map((r) => [r.region, r.status]));
  const sorted = [...vals].sort((x, y) => (x.rank ?? 99) - (y.rank ?? 99));
  const q = (v: number | null) => formatQuantity(v, ind?.unit, { lang, decimals: ind?.decimals });
  return {
    type: 'table', name: `regions_${id}`, caption: options.caption ?? T(`各地区${indName(id)}（${latestYear}年）`, `${indName(id)} by region (${latestYear})`),
    columns: [{ title: T('地区', 'Region') }, { title: T('数值', 'Value'), align: 'right' }, { title: T('较上期', 'Change'), align: 'right' }, { title: T('95%置信区间', '95% CI'), align: 'right' }, { title: T('排名', 'Rank'), align: 'right' }, { title: T('状态', 'Status') }],
    rows: sorted.map((v) => [
      v.region_name + (v.reliable === false ? '*' : ''),
      q(v.value),
      v.change === null ? '—' : q(v.change),
      v.ci_low === null ? '—' : `${formatQuantity(v.ci_low, undefined, { lang, decimals: ind?.decimals })}—${formatQuantity(v.ci_high, undefined, { lang, decimals: ind?.decimals })}`,
      v.rank === null ? '—' : `${v.rank}/${v.rank_of}`,
      status.has(v.region) ? statusLabels[status.get(v.region)!][lang] : '—',
    ]),
    status: sorted.map((v) => [null, null, null, null, null, status.get(v.region) ?? null]),
    note: vals.some((v) => v.reliable === false) ? T('* 样本量不足，估计值变异系数超过30%，仅供参考。', '* Coefficient of variation above 30%: indicative only.') : undefined,
  };
}

/** Dispersion across the sub-regions per indicator: range, max/min, CV, Theil, and whether it narrowed since the baseline. */
function imbalanceTable({ a, options, lang, T, indName }: Words): UnnumberedTable {
  return {
    type: 'table', name: 'imbalance', caption: options.caption ?? T('区域发展均衡性', 'Regional imbalance'),
    columns: [{ title: T('指标', 'Indicator') }, { title: T('极差', 'Range'), align: 'right' }, { title: T('最大/最小', 'Max/min'), align: 'right' }, { title: T('变异系数', 'CV'), align: 'right' }, { title: T('泰尔指数', 'Theil'), align: 'right' }, { title: T('较基期', 'vs baseline') }],
    rows: a.imbalance.map((r) => {
      const ind = a.indicators.get(r.indicator);
      return [
        indName(r.indicator),
        // A range of percentages is in points: no % sign.
        formatQuantity(r.range, ind?.unit === '%' ? undefined : ind?.unit, { lang, decimals: ind?.decimals }),
        r.max_min_ratio === null ? '—' : r.max_min_ratio.toFixed(2),
        r.cv === null ? '—' : r.cv.toFixed(3),
        r.theil === null ? '—' : r.theil.toFixed(4),
        r.cv_narrowed === null ? '—' : r.cv_narrowed ? T('差异缩小', 'narrower') : T('差异扩大', 'wider'),
      ];
    }),
    note: T(`各下级地区间比较；基期为${a.plan.period.start - 1}年。`, `Across sub-regions; baseline ${a.plan.period.start - 1}.`),
  };
}

/** The plan's tasks: lead units, status and share done. */
function tasksTable({ a, options, T }: Words): UnnumberedTable {
  return {
    type: 'table', name: 'tasks', caption: options.caption ?? T('重点任务进展', 'Task progress'),
    columns: [{ title: T('任务', 'Task') }, { title: T('牵头单位', 'Lead') }, { title: T('进展', 'Status') }, { title: T('完成比例', 'Done'), align: 'right' }],
    rows: a.tasks.tasks.map((t) => [
      t.title, t.lead.join('、'),
      { not_started: T('未开始', 'not started'), in_progress: T('推进中', 'in progress'), done: T('已完成', 'done'), overdue: T('逾期未完成', 'overdue') }[t.status],
      t.progress === null ? '—' : formatPercent(t.progress, { decimals: 0 }),
    ]),
  };
}

/** Tasks by lead unit: how many, done, overdue, and the completion rate. */
function unitsTable({ a, options, T }: Words): UnnumberedTable {
  return {
    type: 'table', name: 'units', caption: options.caption ?? T('各牵头单位任务完成情况', 'Tasks by lead unit'),
    columns: [{ title: T('牵头单位', 'Lead unit') }, { title: T('任务数', 'Tasks'), align: 'right' }, { title: T('已完成', 'Done'), align: 'right' }, { title: T('逾期', 'Overdue'), align: 'right' }, { title: T('完成率', 'Completion'), align: 'right' }],
    rows: a.tasks.byUnit.map((u) => [u.key, String(u.total), String(u.done), String(u.overdue), formatPercent(u.completion * 100, { decimals: 0 })]),
  };
}

/** One indicator's values, the jurisdiction and each sub-region by year (with the coverage of partial totals). */
function dataTable({ a, options, lang, T, indName }: Words): UnnumberedTable {
  const id = options.indicator ?? 'literacy_share';
  const ind = a.indicators.get(id);
  const years = [...new Set(a.values.filter((v) => v.indicator === id && v.value !== null && v.year <= a.year).map((v) => v.year))].sort();
  const regions = [a.regions.byCode.get(a.root)!, ...(a.regions.children.get(a.root) ?? [])].filter(Boolean);
  return {
    type: 'table', name: `data_${id}`, caption: options.caption ?? `${indName(id)}${ind?.unit ? `（${ind.unit}）` : ''}`,
    columns: [{ title: T('地区', 'Region') }, ...years.map((y) => ({ title: String(y), align: 'right' as const }))],
    rows: regions.map((r) => [r.name, ...years.map((y) => {
      const v = a.values.find((x) => x.region === r.code && x.indicator === id && x.group === 'total' && x.year === y);
      return v?.value === null || v === undefined ? '—' : formatQuantity(v.value, undefined, { lang, decimals: ind?.decimals }) + (v.coverage ? `（${v.coverage}）` : '');
    })]),
  };
}
