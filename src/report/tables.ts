import type { Assessment } from '../evaluate/assess.js';
import { dataGaps } from '../evaluate/data-gaps.js';
import { chanceWords, judgementWords, statusAside, statusLabels, statusReasonLabels, taskStatusLabels } from '../evaluate/labels.js';
import type { EvaluationRow } from '../evaluate/types.js';
import type { IndicatorValue } from '../indicators/types.js';
import { regionName } from '../data/region-name.js';
import { comparatorLabels } from '../plan/labels.js';
import { formatQuantity } from '../util/format-number.js';
import type { Lang } from '../util/lang.js';
import { localize } from '../util/lang.js';
import { planTitle, titleList } from '../util/untranslated.js';
import { unitTitles } from '../plan/unit-titles.js';
import type { Table } from './model.js';
import { changesTable } from './changes-table.js';
import { ownRows } from './own-rows.js';
import { smallAreaTable } from './small-area-table.js';
import { hiddenIfSuppressed, isMuted, presentationNote, presentedCell } from './presentation.js';
import { aside, rowStyle } from './row-style.js';
import { unitTitle } from '../util/unit-rules.js';
import type { Cell } from './table-cells.js';
import { changeCell, fractionCell, plainCell, quantityCell, spanCell, splitCells } from './table-cells.js';

/** The tables `::: table <name>` places, built from the assessment's rows. */
export const tableNames = ['dashboard', 'qualitative', 'regions', 'imbalance', 'tasks', 'units', 'data', 'quality', 'changes', 'small_area'] as const;
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
  /** A row's value in its unit with its indicator's decimals (a count of regions for per-region targets), or a dash. */
  qty: (v: number | null, r: EvaluationRow) => Cell;
}

/** A table whose rows are cells: the printed text plus, for tables.xlsx, the numbers. */
type CellTable = Omit<UnnumberedTable, 'rows' | 'numbers'> & { rows: Cell[][] };

const builders: Record<TableName, (w: Words) => CellTable> = {
  dashboard: dashboardTable,
  qualitative: qualitativeTable,
  regions: regionsTable,
  imbalance: imbalanceTable,
  tasks: tasksTable,
  units: unitsTable,
  data: dataTable,
  quality: qualityTable,
  // Its own file (changes-table.ts): the rows are the comparison's, not the evaluation's.
  changes: ({ a, options }) => changesTable(a, options),
  small_area: ({ a, options }) => smallAreaTable(a, options),
};

/** A table of the report, without its number (compose numbers tables in order). */
export function buildTable(name: TableName, a: Assessment, options: TableOptions): UnnumberedTable {
  const { rows, ...table } = builders[name](words(a, options));
  return { ...table, ...splitCells(rows) };
}

/** A cell's printed text, for cells that add words to a number (a year, a coverage). */
function text(c: Cell): string {
  return typeof c === 'string' ? c : c.text;
}

function words(a: Assessment, options: TableOptions): Words {
  const { lang } = options;
  const T = (c: string, e: string) => (lang === 'zh' ? c : e);
  return {
    a, options, lang, T,
    indName: (id) => (id ? localize(a.indicators.get(id)?.name, lang) || id : ''),
    qty: (v, r) => {
      const style = rowStyle(a, r, lang);
      return quantityCell(v, { unit: style.unit, decimals: style.decimals ?? 2, lang });
    },
  };
}

/** An indicator's decimals (2 when it states none, formatNumber's default). */
function decimalsOf(a: Assessment, id: string | null): number {
  return a.indicators.get(id ?? '')?.decimals ?? 2;
}

/** Targets of a region (the jurisdiction's own targets by default): value, target, completion, time elapsed and status. */
function dashboardTable({ a, options, lang, T, indName, qty }: Words): CellTable {
  const rows = ownRows(a, options.region ?? a.root);
  return {
    type: 'table', name: 'dashboard', caption: options.caption ?? T(`${a.year}年主要指标完成情况`, `Targets in ${a.year}`),
    columns: [
      { title: T('指标', 'Indicator') }, { title: T('现值', 'Value'), align: 'right' }, { title: T('目标', 'Target'), align: 'right' },
      { title: T('完成率', 'Done'), align: 'right' }, { title: T('序时进度', 'Time'), align: 'right' }, { title: T('需年均', 'Needed/yr'), align: 'right' }, { title: T('状态', 'Status') },
    ],
    rows: rows.map((r) => [
      indName(r.indicator) + (r.kind === 'per_subregion' && r.role === 'target' ? T('（达标地区）', ' (regions)') : r.kind === 'cumulative' ? T('（累计）', ' (cumulative)') : r.kind === 'annual' ? T('（每年）', ' (yearly)') : ''),
      // A survey estimate as the presentation standard shows it: 13.6%* flagged (greyed), —† suppressed.
      presentedCell({ presentation: r.value_presentation }, r.value_year !== null && r.value_year !== a.year ? `${text(qty(r.value, r))}${aside(r.value_year, lang)}` : qty(r.value, r)),
      `${r.comparator ? comparatorLabels[r.comparator as keyof typeof comparatorLabels][lang] : ''}${r.target === null ? '—' : formatQuantity(r.target, rowStyle(a, r, lang).unit, { lang })}${aside(r.target_year, lang)}`,
      // One measure in the column its note names: value ÷ target (regions complying ÷ regions required;
      // an annual target's latest year). How many years an annual target met goes with its status.
      fractionCell(r.completion_rate),
      fractionCell(r.time_progress),
      // 需年均: what each year left must bring to meet the target on time (a share's in points).
      changeCell(r.required_annual_change, { ...rowStyle(a, r, lang), decimals: rowStyle(a, r, lang).decimals ?? 1, lang }),
      statusCell(r, lang, r.kind === 'annual' && r.compliant !== null && r.compliance_of !== null && r.compliant < r.compliance_of ? T(`${r.compliance_of}年中${r.compliant}年达标`, `${r.compliant} of ${r.compliance_of} years met`) : null),
    ]),
    status: rows.map((r) => [null, null, null, null, null, null, r.status]),
    ...(rows.some((r) => r.value_presentation === 'flagged') ? { muted: rows.map((r) => [false, r.value_presentation === 'flagged', false, false, false, false, false]) } : {}),
    note: joinNotes([T('完成率：现值÷目标值（累计目标为累计值÷目标值，达标地区类目标为达标地区数÷要求地区数，每年目标为最近一年的现值÷目标值）；序时进度：规划期已过时间的比例；需年均：如期实现目标，此后每年还需的变化（累计目标为每年还需完成的量）。',
      'Done: value ÷ target (cumulative: total ÷ target; regions: regions complying ÷ regions required; yearly: the latest year\'s value ÷ target); time: share of the period elapsed; needed/yr: the change each year left must bring to meet the target on time (cumulative: the amount each year must add).'), presentationNote(latestValues(a, rows), lang) ?? null, chanceNote(rows, a.verdictLevel, lang)], lang),
  };
}

/**
 * The qualitative targets of a region (the jurisdiction's by default): each one's recorded
 * judgement, worded as one with who judged and when (达到（评定意见，市科协，2024年）), the status it
 * gives, and its evidence; those without a judgement say so.
 */
function qualitativeTable({ a, options, lang, T }: Words): CellTable {
  const rows = a.rows.filter((r) => r.kind === 'qualitative' && r.role === 'target' && r.region === (options.region ?? a.root));
  const words = new Map(a.plan.targets.map((t) => [t.id, localize(t.description, lang) || t.quote]));
  return {
    type: 'table', name: 'qualitative', caption: options.caption ?? T(`${a.year}年定性目标评定情况`, `Qualitative targets in ${a.year}: recorded judgements`),
    columns: [{ title: T('目标', 'Target') }, { title: T('评定意见', 'Recorded judgement') }, { title: T('状态', 'Status') }, { title: T('依据', 'Evidence') }],
    rows: rows.map((r) => [
      words.get(r.target_id) || r.target_id,
      // The judge by the plan's English name where it is a plan unit; the evidence is the office's own words, marked in English.
      r.judgement ? judgementWords({ ...r.judgement, judge: titleList(unitTitles(a.plan, [r.judgement.judge]), lang) }, lang) : T('尚无评定意见', 'no recorded judgement'),
      statusLabels[r.status][lang],
      r.judgement ? `${planTitle(r.judgement.evidence, undefined, lang)}${r.judgement.reference ? aside(r.judgement.reference, lang) : ''}` : '—',
    ]),
    status: rows.map((r) => [null, null, r.status, null]),
    note: T(
      '评定意见由领导小组办公室组织有关单位作出，不是统计数据；达到按已达标计，基本达到在目标年份前按进度正常、目标年份起按未达标计，未达到在目标年份前按进度滞后、目标年份起按未达标计。',
      'Recorded judgements are made by the units the leading group’s office asks, not measured; achieved counts as achieved, largely achieved as on track before the target year and not achieved from it, not achieved as behind before the target year and not achieved from it.',
    ),
  };
}

/** One indicator across the sub-regions in the latest year any of them has, ranked, with change, 95% CI and status. */
function regionsTable({ a, options, lang, T, indName }: Words): CellTable {
  const id = options.indicator ?? 'literacy_share';
  const ind = a.indicators.get(id);
  const children = a.regions.children.get(a.root) ?? [];
  const latestYear = Math.max(...a.values.filter((v) => v.indicator === id && v.year <= a.year && v.value !== null && children.some((c) => c.code === v.region)).map((v) => v.year), -Infinity);
  const vals = children.map((c) => a.values.find((v) => v.region === c.code && v.indicator === id && v.group === 'total' && v.year === latestYear)).filter((v) => v !== undefined);
  const rowOf = new Map(a.rows.filter((r) => r.indicator === id && r.role === 'subregion').map((r) => [r.region, r]));
  const status = new Map([...rowOf].map(([region, r]) => [region, r.status]));
  // 无法评估 says why (无基期数据, 基期后无新数据), as the methods section promises; survey verdicts say how likely they are.
  const regionStatus = (region: string) => {
    const r = rowOf.get(region);
    if (!r) return '—';
    return statusCell(r, lang, r.status === 'not_assessable' && r.status_reason ? statusReasonLabels[r.status_reason][lang] : null);
  };
  // Suppressed estimates last: their place in the order would tell what the table does not show.
  const sorted = [...vals].sort((x, y) => Number(x.presentation === 'suppressed') - Number(y.presentation === 'suppressed') || (x.rank ?? 99) - (y.rank ?? 99));
  // One style per column: the indicator's unit and decimals, no 万 so that the column lines up.
  const style = { unit: ind?.unit, decimals: decimalsOf(a, id), lang, scale: false };
  const bound = (v: number | null) => text(quantityCell(v, { ...style, unit: undefined }));
  return {
    type: 'table', name: `regions_${id}`,
    caption: options.caption ?? (vals.length ? T(`各地区${indName(id)}（${latestYear}年）`, `${indName(id)} by region (${latestYear})`) : T(`各地区${indName(id)}`, `${indName(id)} by region`)),
    columns: [{ title: T('地区', 'Region') }, { title: T('数值', 'Value'), align: 'right' }, { title: T('较上期', 'Change'), align: 'right' }, { title: T('95%置信区间', '95% CI'), align: 'right' }, { title: T('排名', 'Rank'), align: 'right' }, { title: T('状态', 'Status') }],
    // A flagged estimate is starred and grey; a suppressed one shows nothing of itself (issue 21).
    rows: sorted.map((v) => [
      regionName(a.regions, v.region, lang) ?? v.region_name,
      presentedCell(v, quantityCell(v.value, style)),
      hiddenIfSuppressed(v, changeCell(v.change, style)),
      hiddenIfSuppressed(v, v.ci_low === null ? '—' : `${bound(v.ci_low)}—${bound(v.ci_high)}`),
      hiddenIfSuppressed(v, v.rank === null ? '—' : `${v.rank}/${v.rank_of}`),
      regionStatus(v.region),
    ]),
    status: sorted.map((v) => [null, null, null, null, null, status.get(v.region) ?? null]),
    ...(sorted.some(isMuted) ? { muted: sorted.map((v) => [false, isMuted(v), isMuted(v), isMuted(v), isMuted(v), false]) } : {}),
    note: joinNotes([presentationNote(vals, lang) ?? null, chanceNote([...rowOf.values()], a.verdictLevel, lang)], lang),
  };
}

/** Dispersion across the sub-regions per indicator: range, max/min, CV, Theil, and whether it narrowed since the baseline. */
function imbalanceTable({ a, options, lang, T, indName }: Words): CellTable {
  return {
    type: 'table', name: 'imbalance', caption: options.caption ?? T('区域发展均衡性', 'Regional imbalance'),
    columns: [{ title: T('指标', 'Indicator') }, { title: T('极差', 'Range'), align: 'right' }, { title: T('最大/最小', 'Max/min'), align: 'right' }, { title: T('变异系数', 'CV'), align: 'right' }, { title: T('泰尔指数', 'Theil'), align: 'right' }, { title: T('地区间差异较基期', 'Spread vs baseline') }],
    rows: a.imbalance.map((r) => {
      const ind = a.indicators.get(r.indicator);
      return [
        // A gap indicator's row is the spread of the gaps across sub-regions: named so, beside a finding on the gap itself.
        indName(r.indicator) + (ind?.valueType === 'points' ? T('（各地区间的差异）', ' (spread across regions)') : ''),
        // A range of percentages is in points (个百分点), never in %.
        spanCell(r.range, { unit: ind?.unit, decimals: decimalsOf(a, r.indicator), lang }),
        plainCell(r.max_min_ratio, 2),
        plainCell(r.cv, 3),
        plainCell(r.theil, 4),
        // The spread across sub-regions (CV), not the urban–rural gap: named so that the two never read as one measure.
        r.cv_narrowed === null ? '—' : r.cv_narrowed ? T('缩小', 'narrower') : T('扩大', 'wider'),
      ];
    }),
    note: T(`各下级地区之间的差异（以变异系数衡量），不是城乡差距；基期为${a.plan.period.start - 1}年。`, `The spread across sub-regions (by the coefficient of variation), not the urban–rural gap; baseline ${a.plan.period.start - 1}.`),
  };
}

/** The plan's tasks: lead units, status and share done. */
function tasksTable({ a, options, lang, T }: Words): CellTable {
  const titleEn = new Map(a.plan.actions.map((x) => [x.id, x.titleEn]));
  return {
    type: 'table', name: 'tasks', caption: options.caption ?? T('重点任务进展', 'Task progress'),
    columns: [{ title: T('任务', 'Task') }, { title: T('牵头单位', 'Lead') }, { title: T('进展', 'Status') }, { title: T('完成比例', 'Done'), align: 'right' }],
    rows: a.tasks.tasks.map((t) => [
      planTitle(t.title, titleEn.get(t.task) ?? coveredEn(a, t.task), lang), leadCell(a, t.lead, lang, T),
      taskStatusLabels[t.status][lang],
      t.progress === null ? '—' : fractionCell(t.progress / 100),
    ]),
  };
}

/** Lead units in the report's language; none named by the plan is said as such (未列明), never filled in. */
function leadCell(a: Assessment, lead: readonly string[], lang: Lang, T: Words['T']): string {
  return lead.length ? titleList(unitTitles(a.plan, lead), lang) : T('未列明', 'not stated in the plan');
}

/** The English title of the action a 分工表 row covers, when the row has none of its own. */
function coveredEn(a: Assessment, task: string): string | undefined {
  const covers = a.plan.actions.find((x) => x.id === task)?.covers ?? [];
  return a.plan.actions.find((x) => covers.includes(x.id) && x.titleEn)?.titleEn;
}

/** Tasks by lead unit (each unit's own parts): how many, done, overdue, and the completion rate. */
function unitsTable({ a, options, lang, T }: Words): CellTable {
  return {
    type: 'table', name: 'units', caption: options.caption ?? T('各牵头单位任务完成情况', 'Tasks by lead unit'),
    columns: [{ title: T('牵头单位', 'Lead unit') }, { title: T('任务数', 'Tasks'), align: 'right' }, { title: T('已完成', 'Done'), align: 'right' }, { title: T('逾期', 'Overdue'), align: 'right' }, { title: T('完成率', 'Completion'), align: 'right' }],
    rows: a.tasks.byUnit.map((u) => [leadCell(a, u.key ? [u.key] : [], lang, T), plainCell(u.total, 0), plainCell(u.done, 0), plainCell(u.overdue, 0), fractionCell(u.completion)]),
  };
}

/** One indicator's values, the jurisdiction and each sub-region by year (with the coverage of partial totals). */
function dataTable({ a, options, lang, T, indName }: Words): CellTable {
  const id = options.indicator ?? 'literacy_share';
  const ind = a.indicators.get(id);
  const years = [...new Set(a.values.filter((v) => v.indicator === id && v.value !== null && v.year <= a.year).map((v) => v.year))].sort();
  const regions = [a.regions.byCode.get(a.root)!, ...(a.regions.children.get(a.root) ?? [])].filter(Boolean);
  return {
    type: 'table', name: `data_${id}`, caption: options.caption ?? `${indName(id)}${ind?.unit ? aside(unitTitle(ind.unit, lang), lang) : ''}`,
    columns: [{ title: T('地区', 'Region') }, ...years.map((y) => ({ title: String(y), align: 'right' as const }))],
    rows: regions.map((r) => [regionName(a.regions, r.code, lang) ?? r.name, ...years.map((y) => {
      const v = a.values.find((x) => x.region === r.code && x.indicator === id && x.group === 'total' && x.year === y);
      // The unit is in the caption: plain numbers, fixed decimals, and no 万 under （万元）.
      const cell = quantityCell(v?.value, { decimals: decimalsOf(a, id), lang, scale: false });
      return v?.coverage ? `${text(cell)}${aside(v.coverage, lang)}` : cell;
    })]),
  };
}

/**
 * Data quality (issue 19): each quantitative target not assessed for want of data, with who must
 * send what (sub-regions, member units, the survey), then the member units' figures that did not
 * reconcile with the sub-regions' sums this year. No rows, no table.
 */
function qualityTable({ a, options, lang, T, indName }: Words): CellTable {
  const sep = T('、', ', ');
  const regionName = (code: string) => localize({ zh: a.regions.byCode.get(code)?.name ?? code, en: a.regions.byCode.get(code)?.nameEn }, lang);
  const all = (a.regions.children.get(a.root) ?? []).length;
  const gaps = dataGaps(a).map((g): Cell[] => {
    // Every sub-region missing is said as the plan says its sub-regions (各县（市、区）), not twelve names.
    const places = g.regions.length === all && all > 1 ? localize(a.plan.subregions, lang) : g.regions.map(regionName).join(sep);
    const who = [
      g.regions.length ? T(`${places}报送本地区数`, `${places}: their own figures`) : '',
      g.units.length ? T(`${g.units.join(sep)}报送本单位数`, `${g.units.join(sep)}: their figures`) : '',
      g.survey ? T('开展公民科学素质抽样调查', 'the citizens’ science literacy survey') : '',
    ].filter(Boolean);
    return [indName(g.indicator), String(g.year), statusReasonLabels[g.reason][lang], who.join(T('；', '; ')) || '—'];
  });
  const unreconciled = (a.reporting?.unreconciled ?? []).filter((u) => u.year === null || u.year === a.year);
  const units = [...new Set(unreconciled.map((u) => u.unit))];
  const checks: Cell[][] = unreconciled.length
    ? [[T('成员单位报数核对', 'Member units’ figures'), String(a.year), T(`${unreconciled.length}个数与下级地区合计不符或无法核对`, `${unreconciled.length} do not reconcile with the sub-regions’ sums`), T(`${units.join(sep)}核实口径`, `${units.join(sep)} to check what they count`)]]
    : [];
  return {
    type: 'table', name: 'quality', caption: options.caption ?? T('数据缺失与核对情况', 'Missing and unreconciled data'),
    columns: [{ title: T('指标', 'Indicator') }, { title: T('年份', 'Year') }, { title: T('情况', 'Issue') }, { title: T('需报送', 'Who must send') }],
    rows: [...gaps, ...checks],
  };
}

/** A status as a table states it, with its probability (survey values) and any further aside in one bracket: 进度正常（概率87%）. */
function statusCell(r: EvaluationRow, lang: Lang, extra: string | null): string {
  const notes = statusAside(r, lang, extra);
  return statusLabels[r.status][lang] + (notes === null ? '' : aside(notes, lang));
}

/** The indicator values behind rows' latest values that the presentation standard flags or suppresses, for their footnote. */
function latestValues(a: Assessment, rows: readonly EvaluationRow[]): IndicatorValue[] {
  const marked = rows.filter((r) => r.value_presentation === 'flagged' || r.value_presentation === 'suppressed');
  return marked.map((r) => a.values.find((v) => v.region === r.region && v.indicator === r.indicator && v.group === 'total' && v.year === r.value_year)).filter((v) => v !== undefined);
}

/** A table's notes in one: sentences side by side (a space between English ones); undefined when there are none. */
function joinNotes(notes: readonly (string | null)[], lang: Lang): string | undefined {
  return notes.filter((n) => n).join(lang === 'zh' ? '' : ' ') || undefined;
}

/** What a table's probabilities mean, when any of its rows has one: beside the table's note. */
function chanceNote(rows: readonly EvaluationRow[], level: number, lang: Lang): string | null {
  if (!rows.some((r) => r.status_probability !== null)) return null;
  const p = chanceWords(level);
  return lang === 'zh'
    ? `概率：按抽样误差计算的该评估结论成立的概率；没有一种结论的概率达到${p}时评为“不确定”，并注明最可能的结论。`
    : `Likely: the probability of the status given the sampling error; where no status reaches ${p}, the status is "uncertain" and the likeliest is named.`;
}
