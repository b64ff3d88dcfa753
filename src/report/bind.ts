import type { Assessment } from '../evaluate/assess.js';
import { chanceWords, methodLabels, statusOrder } from '../evaluate/labels.js';
import type { MethodName } from '../evaluate/types.js';
import { regionName as nameOf } from '../data/region-name.js';
import { yearSpan } from '../plan/labels.js';
import { formatPoints } from '../util/format-number.js';
import type { Lang } from '../util/lang.js';
import { localize } from '../util/lang.js';
import { actionsContext } from './bind-action.js';
import type { BindScope } from './bind-scope.js';
import { bindScope } from './bind-scope.js';
import { changesContext } from './bind-changes.js';
import { changeStatements } from './findings/change-rules.js';
import { emptyTarget, targetContext } from './bind-target.js';
import { smallAreaContext } from './bind-small-area.js';
import { ownRows } from './own-rows.js';
import { findings, namesFor, statements, statusCounts, wordFinding } from './findings/index.js';
import type { FindingArgs, WordedFinding, WordingOverrides } from './findings/index.js';
import type { QualityGroup } from './quality.js';

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
  const worded = wordedFindings(a, { lang: s.lang, region: s.region, wording: options.wording, quality: options.quality });
  return {
    report: { ...reportContext(a, options, s.region === a.root ? undefined : regionName(s)), data_span: dataSpan(a, s.region, s.lang) },
    plan: planContext(a, s.lang),
    region: regionContext(s),
    headline: headlineRow ? { exists: true, ...targetContext(s, headlineRow) } : { exists: false, ...emptyTarget() },
    counts: countsContext(s, worded),
    targets: targets.map((r) => targetContext(s, r)),
    actions: actionsContext(s),
    ...findingsContext(worded),
    imbalance: imbalanceContext(a, s.lang),
    tasks: tasksContext(a),
    /** has.<indicator>: whether the region has values of it up to Y (for {{#if has.literacy_share}}). */
    has: Object.fromEntries([...a.indicators.keys()].map((id) => [id, a.values.some((v) => v.region === s.region && v.indicator === id && v.value !== null && v.year <= a.year)])),
    has_urban_rural: a.values.some((v) => v.region === s.region && v.group === 'rural' && v.value !== null),
    has_tasks: a.plan.actions.length > 0,
    method: { ...methodText(a.method, s.lang), verdict_level: chanceWords(a.verdictLevel) },
    small_area: smallAreaContext(s),
    ...qualityContext(worded, options.quality !== undefined),
    ...changesContext(a, worded),
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
  // Where the evaluation year stands in the plan period, so that no template says 规划期即将结束 of a plan with eleven years to run.
  const end = a.plan.period.end;
  return {
    kind: kindName, year: a.year, date_text: zh ? `${y}年${Number(m)}月` : `${y}-${m}`, date, office: office ?? defaultOffice, midterm: kind === 'midterm', final: kind === 'final', brief: kind === 'brief',
    period_ended: a.year > end, period_ending: a.year === end || a.year === end - 1, period_open: a.year < end - 1, last_year: a.year === end, years_left: Math.max(0, end - a.year),
  };
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

/**
 * How many targets have each status, and the sentences that count them: the quantitative targets
 * (never empty: no targets, none assessable, or the counts) and the qualitative ones with their
 * recorded judgements (empty when the plan has none), both worded from the findings catalogue.
 */
function countsContext({ a, lang }: BindScope, worded: readonly WordedFinding[]): Record<string, unknown> {
  // The counts are the statement's own (statements.ts): the sentence and the numbers beside it are one.
  const counted = worded.find((f) => f.code === 'targets_counted')!;
  const args = counted.finding.args as FindingArgs['targets_counted'];
  const qualitative = worded.find((f) => f.code === 'qualitative_counted');
  return {
    total: args.total,
    ...Object.fromEntries(statusOrder.map((s) => [s, args[s]])),
    qualitative: a.plan.targets.filter((t) => t.kind === 'qualitative').length,
    qualitative_judged: qualitative?.finding.code === 'qualitative_counted' ? qualitative.finding.args.judged : 0,
    qualitative_sentence: qualitative?.text ?? '',
    has_qualitative: qualitative !== undefined,
    summary: statusCounts(args, lang),
    assessed: args.total - args.not_assessable,
    sentence: counted.text,
  };
}

/**
 * The appendix's data-quality context: a sentence that always says the checks ran (none found is
 * a finding too) and one item per check with a count. `data_quality.checked` is false when the
 * report was built without the workspace's checks (a library caller), so templates can leave it out.
 */
function qualityContext(worded: readonly WordedFinding[], checked: boolean): { data_quality: Record<string, unknown>; data_quality_items: string[] } {
  const statement = worded.find((f) => f.code === 'data_checked');
  const total = statement?.finding.code === 'data_checked' ? statement.finding.args.total : 0;
  return {
    data_quality: { checked, total, has_warnings: total > 0, sentence: statement?.text ?? '' },
    data_quality_items: worded.filter((f) => f.code === 'data_check_group').map((f) => f.text),
  };
}

export interface WordedFindingsOptions {
  lang: Lang;
  region: string;
  wording?: WordingOverrides;
  /** The workspace's data-quality groups; undefined when its checks did not run. */
  quality?: readonly QualityGroup[];
}

/**
 * Every statement the report makes about the region, worded from the catalogue (findings/): the
 * findings, then the counting statements. The report check reads this same list.
 */
export function wordedFindings(a: Assessment, { lang, region, wording = {}, quality }: WordedFindingsOptions): WordedFinding[] {
  const names = namesFor(a, lang);
  return [...findings(a, region), ...statements(a, region, quality), ...changeStatements(a, region, lang)].map((f) => wordFinding(f, names, wording));
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
    // Where the progress methods disagree on a target: said beside the table of statuses.
    method_notes: found.filter((f) => f.code === 'methods_disagree').map((f) => f.text),
    has_method_notes: found.some((f) => f.code === 'methods_disagree'),
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

function methodText(method: MethodName, lang: Lang): { name: string } {
  return { name: methodLabels[method][lang] };
}
