import type { Assessment } from '../evaluate/assess.js';
import { judgementGradeLabels, statusLabels, statusOrder } from '../evaluate/labels.js';
import type { EvaluationRow } from '../evaluate/types.js';
import { regionName as nameOf } from '../data/region-name.js';
import { yearSpan } from '../plan/labels.js';
import { formatPoints } from '../util/format-number.js';
import type { Lang } from '../util/lang.js';
import { localize } from '../util/lang.js';
import { actionsContext } from './bind-action.js';
import type { BindScope } from './bind-scope.js';
import { bindScope } from './bind-scope.js';
import { emptyTarget, targetContext } from './bind-target.js';
import { ownRows } from './own-rows.js';
import { findings, namesFor, wordFinding } from './findings/index.js';
import type { QualityGroup } from './quality.js';
import { qualityContext } from './quality.js';
import type { WordedFinding, WordingOverrides } from './findings/index.js';

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
  /** The data-quality warnings of the workspace's data, by code (the appendix counts them). Default: not checked. */
  quality?: readonly QualityGroup[];
  /** The workspace's rewording of findings (templates/<lang>/findings.yaml). Default: the catalogue's. */
  wording?: WordingOverrides;
}

/**
 * The report's context: every value a template may print, already worded and formatted, read
 * from the assessment (bind phase). Templates choose and order these; they cannot compute.
 * docs/templates.md lists the fields. Each part is built by a function of its own, in the order
 * templates see them.
 * @example
 * const context = bindContext(assessment, { kind: 'midterm', lang: 'zh', date: '2025-03-31' });
 */
export function bindContext(a: Assessment, options: BindOptions): Record<string, unknown> {
  const s = bindScope(a, options.lang, options.region ?? a.root);
  const targets = ownRows(s.a, s.region);
  const headlineRow = targets.find((r) => r.indicator === 'literacy_share' && r.kind === 'level') ?? targets.find((r) => r.kind === 'level') ?? targets[0];
  return {
    report: { ...reportContext(a, options, s.region === a.root ? undefined : regionName(s)), data_span: dataSpan(a, s.region, s.lang) },
    plan: planContext(a, s.lang),
    region: regionContext(s),
    headline: headlineRow ? { exists: true, ...targetContext(s, headlineRow) } : { exists: false, ...emptyTarget() },
    counts: countsContext(s, targets),
    targets: targets.map((r) => targetContext(s, r)),
    actions: actionsContext(s),
    ...findingsContext(wordedFindings(a, s.lang, s.region, options.wording)),
    imbalance: imbalanceContext(a, s.lang),
    tasks: tasksContext(a),
    /** has.<indicator>: whether the region has values of it up to Y (for {{#if has.literacy_share}}). */
    has: Object.fromEntries([...a.indicators.keys()].map((id) => [id, a.values.some((v) => v.region === s.region && v.indicator === id && v.value !== null && v.year <= a.year)])),
    has_urban_rural: a.values.some((v) => v.region === s.region && v.group === 'rural' && v.value !== null),
    has_tasks: a.plan.actions.length > 0,
    method: methodText(a.method, s.lang),
    ...qualityContext(options.quality, s.lang),
    notice: options.notice ?? '',
    has_notice: Boolean(options.notice),
  };
}

/** The years the region's figures span, up to Y: "2021—2024年" only when 2021 has data, "2024年" when only 2024 does. */
function dataSpan(a: Assessment, region: string, lang: Lang): string {
  let first = a.year;
  for (const v of a.values) if (v.region === region && v.value !== null && v.year <= a.year && v.year < first) first = v.year;
  return yearSpan(Math.max(first, a.plan.period.start - 1), a.year, lang);
}

/**
 * The report itself: its kind in words, year, date, issuing office, and a flag per kind. A
 * sub-region's report names the region after its kind (中期评估报告（嵋阳镇）), so that a title built
 * from the plan's name and the kind says whose report it is without making the plan the region's.
 */
function reportContext(a: Assessment, { kind, lang, date, office }: BindOptions, subregion?: string): Record<string, unknown> {
  const zh = lang === 'zh';
  const [y, m] = date.split('-');
  const kindWords = { midterm: zh ? '中期评估报告' : 'Midterm Evaluation Report', final: zh ? '总结评估报告' : 'Final Evaluation Report', brief: zh ? '年度简报' : 'Annual Briefing' }[kind];
  const kindName = subregion === undefined ? kindWords : zh ? `${kindWords}（${subregion}）` : `${kindWords} (${subregion})`;
  const defaultOffice = zh ? `${localize(a.plan.jurisdiction.name, 'zh')}全民科学素质工作领导小组办公室` : `Office of the ${localize(a.plan.jurisdiction.name, 'en')} Science Literacy Leading Group`;
  return { kind: kindName, year: a.year, date_text: zh ? `${y}年${Number(m)}月` : `${y}-${m}`, date, office: office ?? defaultOffice, midterm: kind === 'midterm', final: kind === 'final', brief: kind === 'brief' };
}

function planContext(a: Assessment, lang: Lang): Record<string, unknown> {
  return {
    title: localize(a.plan.title, lang),
    document_number: a.plan.documentNumber ?? '',
    issuer: a.plan.issuer ?? '',
    period: yearSpan(a.plan.period.start, a.plan.period.end, lang),
    start: a.plan.period.start,
    end: a.plan.period.end,
    jurisdiction: localize(a.plan.jurisdiction.name, lang),
    ...documentContext(a, lang),
    implements: a.plan.implements.map((p) => `《${p.title}》`).join(''),
  };
}

/**
 * What the plan is, in its own words: the kind of document (计划纲要实施方案, 规划纲要), the word its
 * sentences use for it (方案, 纲要), its draft stage (（送审稿）) and its sub-regions (各县（市、区）, 各乡镇).
 */
function documentContext({ plan }: Assessment, lang: Lang): Record<string, unknown> {
  const name = plan.documentName[lang];
  const status = plan.draftStatus?.[lang] ?? '';
  return {
    document_name: name,
    // Titles capitalise English words (Implementation Plan); Chinese reads the same.
    document_title: lang === 'zh' ? name : name.replace(/\b[a-z]/g, (c) => c.toUpperCase()),
    document_short: plan.documentShortName[lang],
    draft: plan.draft,
    draft_status: status,
    draft_mark: status ? (lang === 'zh' ? `（${status}）` : ` (${status})`) : '',
    subregions: plan.subregions[lang],
  };
}

/** The region reported on, named in the report's language (the plan's jurisdiction name when the regions file lacks it). */
function regionContext(s: BindScope): Record<string, unknown> {
  const { a, region } = s;
  return { code: region, name: regionName(s), is_jurisdiction: region === a.root, subregions: (a.regions.children.get(a.root) ?? []).length };
}

/** The region reported on, named in the report's language (the plan's jurisdiction name when the regions file lacks it). */
function regionName({ a, region, lang }: BindScope): string {
  return nameOf(a.regions, region, lang) ?? localize(a.plan.jurisdiction.name, lang);
}

/** How many targets have each status, and a summary sentence of them (已达标3项、…). */
function countsContext({ a, zh, lang }: BindScope, targets: EvaluationRow[]): Record<string, unknown> {
  const counts = Object.fromEntries(statusOrder.map((s) => [s, targets.filter((r) => r.status === s).length])) as Record<string, number>;
  return {
    total: targets.length,
    ...counts,
    qualitative: a.plan.targets.filter((t) => t.kind === 'qualitative').length,
    ...qualitativeCounts(a, lang),
    summary: statusOrder.filter((s) => counts[s]).map((s) => `${statusLabels[s][lang]}${zh ? '' : ' '}${counts[s]}${zh ? '项' : ''}`).join(zh ? '、' : ', '),
    assessed: targets.filter((r) => r.status !== 'not_assessable').length,
    sentence: countsSentence(targets.length, counts, lang, a.plan.documentShortName[lang]),
  };
}

/**
 * One sentence on the targets' statuses that never leaves a slot empty: no targets, none
 * assessable, or the counts by status.
 */
function countsSentence(total: number, counts: Record<string, number>, lang: Lang, document: string): string {
  const zh = lang === 'zh';
  if (total === 0) return zh ? '本地区暂无可评估的定量目标。' : 'There are no quantitative targets to assess here.';
  if (counts.not_assessable === total) return zh ? `${document}定量目标${total}项，均因缺少数据暂无法评估。` : `None of the ${total} quantitative targets can be assessed yet, for want of data.`;
  const parts = statusOrder.filter((s) => counts[s]).map((s) => `${statusLabels[s][lang]}${zh ? '' : ' '}${counts[s]}${zh ? '项' : ''}`);
  return zh ? `${document}定量目标${total}项中，${parts.join('、')}。` : `Of the ${total} quantitative targets: ${parts.join(', ')}.`;
}

/**
 * The qualitative targets: how many have a recorded judgement (评定意见) for a year ≤ Y, by grade,
 * and a sentence saying so that never passes a judgement off as a measurement
 * (另有定性目标6项，其中2项已有评定意见（达到1项、基本达到1项），4项尚无评定意见。).
 */
function qualitativeCounts(a: Assessment, lang: Lang): Record<string, unknown> {
  const zh = lang === 'zh';
  const rows = a.rows.filter((r) => r.role === 'target' && r.kind === 'qualitative');
  const judged = rows.filter((r) => r.judgement !== undefined);
  const open = rows.length - judged.length;
  const grades = (['achieved', 'largely_achieved', 'not_achieved'] as const)
    .map((g) => [g, judged.filter((r) => r.judgement!.grade === g).length] as const)
    .filter(([, n]) => n > 0)
    .map(([g, n]) => (zh ? `${judgementGradeLabels[g].zh}${n}项` : `${judgementGradeLabels[g].en} ${n}`));
  let sentence: string;
  if (rows.length === 0) sentence = '';
  else if (judged.length === 0) sentence = zh ? `另有定性目标${rows.length}项，尚无评定意见，需结合工作情况综合判断。` : `${rows.length} further targets are stated in words only; none has a recorded judgement yet.`;
  else sentence = zh
    ? `另有定性目标${rows.length}项，其中${judged.length}项已有评定意见（${grades.join('、')}）${open ? `，${open}项尚无评定意见` : ''}。`
    : `${rows.length} further targets are stated in words only: ${judged.length} have a recorded judgement (${grades.join(', ')})${open ? `, ${open} have none yet` : ''}.`;
  return { qualitative_judged: judged.length, qualitative_sentence: sentence, has_qualitative: rows.length > 0 };
}

/** The findings of the region reported on, worded from the catalogue (findings/). */
export function wordedFindings(a: Assessment, lang: Lang, region: string, wording: WordingOverrides = {}): WordedFinding[] {
  const names = namesFor(a, lang);
  return findings(a, region).map((f) => wordFinding(f, names, wording));
}

/**
 * The findings' sentences: problems first by weight, achievements, and the recommendations the
 * problems lead to. A report with nothing assessable says so first (nothing_assessable), so that
 * no template can say "nothing is behind" of targets that could not be judged.
 */
function findingsContext(found: readonly WordedFinding[]): Record<string, unknown> {
  const notices = found.filter((f) => f.kind === 'notice');
  const problems = found.filter((f) => f.kind === 'problem');
  const achievements = found.filter((f) => f.kind === 'achievement');
  const top = [...notices, ...problems.slice(0, 4), ...achievements.slice(0, 1)].slice(0, 5);
  return {
    notices: notices.map((f) => f.text),
    nothing_assessable: notices.some((f) => f.code === 'nothing_assessable'),
    findings: [...notices, ...problems].slice(0, 8).map((f) => f.text),
    has_findings: problems.length + notices.length > 0,
    top_findings: top.map((f) => f.text),
    has_top_findings: top.length > 0,
    achievements: achievements.map((f) => f.text),
    has_achievements: achievements.length > 0,
    recommendations: [...new Set(problems.map((f) => f.recommendation).filter((r): r is string => Boolean(r)))].slice(0, 6),
  };
}

/** The literacy share's urban–rural gap and its spread across sub-regions, in points, against the baseline. */
function imbalanceContext(a: Assessment, lang: Lang): Record<string, unknown> {
  const gapRow = a.imbalance.find((r) => r.indicator === 'literacy_share' && r.urban_rural_gap !== null);
  const spreadRow = a.imbalance.find((r) => r.indicator === 'literacy_share');
  const points = (x: number | null | undefined) => (x === null || x === undefined ? '—' : formatPoints(x, { lang }).replace(/^\+/, ''));
  return {
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
  };
}

function tasksContext(a: Assessment): Record<string, unknown> {
  const tasks = a.tasks.tasks;
  return {
    total: tasks.length,
    done: tasks.filter((t) => t.status === 'done').length,
    overdue: tasks.filter((t) => t.status === 'overdue').length,
    reported: tasks.filter((t) => t.latest_year !== null).length,
    has_reports: tasks.some((t) => t.latest_year !== null),
  };
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
