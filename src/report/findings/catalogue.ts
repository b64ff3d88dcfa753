import type { ErrorCode } from '../../errors/index.js';
import { chanceWords, judgementGradeLabels, methodBasis, methodFamily, methodLabels, statusLabels, statusOrder, statusReasonLabels } from '../../evaluate/labels.js';
import type { MethodName, Status, StatusReason } from '../../evaluate/types.js';
import { formatPercent } from '../../util/format-number.js';
import type { Lang } from '../../util/lang.js';
import { formatAmount } from './amount.js';
import { changeCatalogue } from './change-wording.js';
import type { FindingArgs, FindingCode } from './types.js';

/** What wording needs besides a finding's arguments: names in the report's language. */
export interface Names {
  lang: Lang;
  indicator: (id: string) => string;
  region: (code: string) => string;
  /** A target's words when it has no indicator name worth using. */
  target: (id: string) => string;
  /** What the plan calls itself for short (方案 / 纲要; plan / outline). */
  document: string;
  /** An action of the plan by its title in the language (marked untranslated where it has no English title). */
  action: (id: string) => string;
  /** The plan's units named in the language and joined (English names where the plan has them). */
  units: (names: readonly string[]) => string;
}

type Say<C extends FindingCode> = (args: FindingArgs[C], names: Names) => string;

/** One finding's wording: the statement, and the recommendation a problem leads to. */
export interface Wording<C extends FindingCode> {
  zh: Say<C>;
  en: Say<C>;
  recommend?: { zh: Say<C>; en: Say<C> };
}

const tally = (items: readonly string[], lang: Lang) => items.join(lang === 'zh' ? '、' : ', ');
/** 甲、乙、丙 / A, B and C. */
const list = (items: readonly string[], lang: Lang) => (lang === 'zh' || items.length < 2 ? items.join('、') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);
/** An English name inside a sentence: "the gap in share of citizens…", not "in Share of…" (an acronym such as GDP stays). */
const mid = (name: string) => (/^[A-Z][a-z]/.test(name) ? name[0]!.toLowerCase() + name.slice(1) : name);
const pct = (x: number | null) => (x === null ? null : formatPercent(x * 100, { decimals: 0 }));
// Where the plan names no lead unit, the recommendation gives the task to the office that must name one.
const leadsZh = (leads: readonly string[], n: Names) => (leads.length ? `由${n.units(leads)}牵头，` : `由领导小组办公室明确牵头单位（${n.document}未列明），`);
const leadsEn = (leads: readonly string[], n: Names) => (leads.length ? `${n.units(leads)}, as lead units, ` : `The leading group's office, naming a lead unit (the ${n.document} names none), `);
/** "2024年为9,610人次", or for a total since the period began "2021—2024年累计9,610人次": never a total said as one year's figure. */
const valueZh = (v: { value: FindingArgs['target_met']['value']; valueYear: number; since: number | null }) =>
  v.since !== null && v.since < v.valueYear ? `${v.since}—${v.valueYear}年累计${formatAmount(v.value, 'zh')}` : `${v.valueYear}年为${formatAmount(v.value, 'zh')}`;
const valueEn = (v: { value: FindingArgs['target_met']['value']; valueYear: number; since: number | null }) =>
  v.since !== null && v.since < v.valueYear ? `${formatAmount(v.value, 'en')} in total over ${v.since}–${v.valueYear}` : `${formatAmount(v.value, 'en')} in ${v.valueYear}`;

/** A recorded judgement's source, so that it never reads as a measured result: （评定意见，市科协，2024年，聊科协发〔2024〕3号）. */
const judgedZh = (f: FindingArgs['judged_met']) => `评定为${judgementGradeLabels[f.grade].zh}（评定意见，${f.judge}，${f.year}年${f.reference ? `，${f.reference}` : ''}）`;
const judgedEn = (f: FindingArgs['judged_met'], n: Names) => `judged ${judgementGradeLabels[f.grade].en} (recorded judgement, ${n.units([f.judge])}, ${f.year}${f.reference ? `, ${f.reference}` : ''})`;

/** Reasons that mean the data are not there (rather than, say, a change within sampling error). */
const WANT_OF_DATA: ReadonlySet<StatusReason> = new Set(['no_data', 'no_baseline', 'no_data_since_baseline', 'incomplete_coverage']);
const forWantOfData = (reasons: readonly StatusReason[]) => reasons.every((r) => WANT_OF_DATA.has(r));
const reasonList = (reasons: readonly StatusReason[], lang: Lang) => list(reasons.map((r) => statusReasonLabels[r][lang]), lang);

/** Methods grouped by the status they give, in the order first given. */
const byStatus = (verdicts: FindingArgs['methods_disagree']['verdicts']): [Status, MethodName[]][] => {
  const groups = new Map<Status, MethodName[]>();
  for (const v of verdicts) groups.set(v.status, [...(groups.get(v.status) ?? []), v.method]);
  return [...groups];
};
/** The kinds of comparison behind a disagreement: the chosen method's and those of the methods that differ from it. */
const basesOf = (f: FindingArgs['methods_disagree']) => [...new Set(f.verdicts.filter((v, i) => i === 0 || v.status !== f.verdicts[0]!.status).map((v) => methodFamily[v.method]))];

/** The statuses that occur, with their counts: 已达标3项、进度滞后1项 / achieved 3, behind 1 (templates' counts.summary). */
export function statusCounts(f: FindingArgs['targets_counted'], lang: Lang): string {
  const zh = lang === 'zh';
  // A tally, not a sentence list: commas throughout in English.
  return statusOrder.filter((s) => f[s] > 0).map((s) => (zh ? `${statusLabels[s].zh}${f[s]}项` : `${statusLabels[s].en} ${f[s]}`)).join(zh ? '、' : ', ');
}

const gradeCounts = (f: FindingArgs['qualitative_counted'], lang: Lang) =>
  tally((['achieved', 'largely_achieved', 'not_achieved'] as const).filter((g) => f[g] > 0).map((g) => (lang === 'zh' ? `${judgementGradeLabels[g].zh}${f[g]}项` : `${judgementGradeLabels[g].en} ${f[g]}`)), lang);

/** What each plausibility check looks for, as the data-quality appendix names it. A check without a name is shown as its code. */
const CHECK_NAMES: Partial<Record<ErrorCode, { zh: string; en: string }>> = {
  PLAUSIBILITY_PART_EXCEEDS_WHOLE: { zh: '分项大于总量（如科普专项经费大于政府拨款）', en: 'a part above its whole (special funding above government appropriation)' },
  PLAUSIBILITY_MAGNITUDE: { zh: '疑似单位填错（如按元填入万元栏）', en: 'a suspected unit slip (yuan typed into a 10,000-yuan field)' },
  PLAUSIBILITY_YEAR_JUMP: { zh: '与上年相比变化异常', en: 'an unusual change from the previous year' },
  PLAUSIBILITY_SHARE_RANGE: { zh: '比例不在0—100之间', en: 'a share outside 0–100' },
  PLAUSIBILITY_PER_CAPITA_OUTLIER: { zh: '人均数值与同级地区相差悬殊', en: 'a per-resident figure far from the sibling regions\'' },
};

/**
 * Every finding's words, in Chinese and English: the one place a report's judgements become
 * sentences (as errors/messages.ts is for problems). A finding code without both wordings fails
 * the type check. Templates may override a wording; they cannot compute one.
 */
export const catalogue: { [C in FindingCode]: Wording<C> } = {
  target_behind: {
    zh: (f, n) => {
      const status = statusLabels[f.status].zh;
      const parts = [`${n.indicator(f.indicator)}${status}${f.chance === null ? '' : `（概率${chanceWords(f.chance)}）`}：${valueZh(f)}`];
      if (f.completion !== null) parts.push(`目标完成率${pct(f.completion)}`);
      if (f.timeProgress !== null) parts.push(`序时进度${pct(f.timeProgress)}`);
      if (!f.closed) parts.push(f.reachYear === null ? '按现有速度难以如期实现' : f.reachYear > f.targetYear ? `按现有速度预计${f.reachYear}年才能实现` : '');
      if (f.required) parts.push(`如期实现需年均${f.requiredDown ? '下降' : f.required.unit === 'points' ? '提高' : '增加'}${formatAmount(f.required, 'zh')}${f.requiredGrowth !== null && !f.requiredDown ? `（年均增长${pct(f.requiredGrowth)}）` : ''}`);
      return `${parts.filter(Boolean).join('，')}。`;
    },
    en: (f, n) => {
      const parts = [`${n.indicator(f.indicator)} is ${statusLabels[f.status].en}${f.chance === null ? '' : ` (${chanceWords(f.chance)} likely)`}: ${valueEn(f)}`];
      if (f.completion !== null) parts.push(`${pct(f.completion)} of the target`);
      if (!f.closed) parts.push(f.reachYear === null ? 'at the current pace it will not be met' : f.reachYear > f.targetYear ? `at the current pace it would be met only in ${f.reachYear}` : '');
      if (f.required) parts.push(`meeting it on time needs ${f.requiredDown ? 'a fall' : 'a rise'} of ${formatAmount(f.required, 'en')} a year${f.requiredGrowth !== null && !f.requiredDown ? ` (${pct(f.requiredGrowth)} growth a year)` : ''}`);
      return `${parts.filter(Boolean).join('; ')}.`;
    },
    recommend: {
      zh: (f, n) => (f.overall
        ? `领导小组各成员单位按职责分工，针对${n.indicator(f.indicator)}${f.closed ? '未达标的原因加强分析，纳入下一周期统筹解决' : `制定补短板措施，确保${f.targetYear}年目标实现`}。`
        : f.closed
        ? `${leadsZh(f.leads, n)}分析${n.indicator(f.indicator)}未达标的原因，纳入下一周期方案统筹解决。`
        : `${leadsZh(f.leads, n)}针对${n.indicator(f.indicator)}制定补短板措施，确保${f.targetYear}年目标实现。`),
      en: (f, n) => (f.overall
        ? `All member units of the leading group, each in its remit, should ${f.closed ? `analyse why ${mid(n.indicator(f.indicator))} missed its target and carry it into the next plan` : `plan how to close the gap in ${mid(n.indicator(f.indicator))} by ${f.targetYear}`}.`
        : f.closed
        ? `${leadsEn(f.leads, n)}should analyse why ${mid(n.indicator(f.indicator))} missed its target and carry it into the next plan.`
        : `${leadsEn(f.leads, n)}should plan how to close the gap in ${mid(n.indicator(f.indicator))} by ${f.targetYear}.`),
    },
  },
  subregions_behind: {
    zh: (f, n) => {
      const failing = f.failing.map((c) => `${n.region(c)}${f.unreported.includes(c) ? '（未报送）' : ''}`);
      return `${n.indicator(f.indicator)}达标的下级地区${f.compliant}个（共${f.of}个），方案要求${f.required}个${failing.length ? `；未达标：${list(failing, 'zh')}` : ''}。`;
    },
    en: (f, n) => {
      const failing = f.failing.map((c) => `${n.region(c)}${f.unreported.includes(c) ? ' (not reported)' : ''}`);
      return `${n.indicator(f.indicator)}: ${f.compliant} of ${f.of} sub-regions comply, ${f.required} required${failing.length ? `; not yet: ${list(failing, 'en')}` : ''}.`;
    },
    recommend: {
      zh: (f, n) => `${leadsZh(f.leads, n)}督促${list(f.failing.map(n.region), 'zh')}落实${n.indicator(f.indicator)}目标。`,
      en: (f, n) => `${leadsEn(f.leads, n)}should press ${list(f.failing.map(n.region), 'en')} on ${mid(n.indicator(f.indicator))}.`,
    },
  },
  region_lagging: {
    zh: (f, n) => `${n.region(f.region)}${n.indicator(f.indicator)}${f.lowerIsBetter ? '高于' : '低于'}${n.region(f.parent)}平均${formatAmount(f.shortfall, 'zh')}${f.widened ? '，且差距扩大' : ''}。`,
    en: (f, n) => `${n.region(f.region)}: ${mid(n.indicator(f.indicator))} is ${formatAmount(f.shortfall, 'en')} ${f.lowerIsBetter ? 'above' : 'below'} ${n.region(f.parent)}${f.widened ? ', and the gap has widened' : ''}.`,
    recommend: {
      zh: (f, n) => `对${n.region(f.region)}加强${n.indicator(f.indicator)}方面的指导和资源倾斜。`,
      en: (f, n) => `Give ${n.region(f.region)} more guidance and resources for ${mid(n.indicator(f.indicator))}.`,
    },
  },
  urban_rural_gap_widened: {
    zh: (f, n) => `城乡${n.indicator(f.indicator)}差距由${f.baseYear}年的${formatAmount(f.baseGap, 'zh')}扩大到${f.year}年的${formatAmount(f.gap, 'zh')}，发展不均衡问题仍然突出。`,
    en: (f, n) => `The urban–rural gap in ${mid(n.indicator(f.indicator))} widened from ${formatAmount(f.baseGap, 'en')} in ${f.baseYear} to ${formatAmount(f.gap, 'en')} in ${f.year}.`,
    recommend: {
      // The plan's own action by its own name (德州: 农民科学素质行动), never one it does not have.
      zh: (f, n) => `科普资源向农村和薄弱地区倾斜${f.action ? `，持续实施${n.action(f.action).replace(/^实施/, '')}` : ''}。`,
      en: (f, n) => `Direct science-popularization resources to rural and weaker areas${f.action ? `, and keep up the ${mid(n.action(f.action))}` : ''}.`,
    },
  },
  regions_not_reported: {
    zh: (f, n) => `${list(f.regions.map(n.region), 'zh')}未按时报送${f.year}年数据，有关汇总数只含已报送地区。`,
    en: (f, n) => `${list(f.regions.map(n.region), 'en')} did not report for ${f.year}; totals include only the regions that did.`,
    recommend: {
      zh: (f, n) => `督促${list(f.regions.map(n.region), 'zh')}及时报送数据，完善年度监测报送制度。`,
      en: (f, n) => `Make ${list(f.regions.map(n.region), 'en')} report, and tighten the yearly reporting routine.`,
    },
  },
  tasks_overdue: {
    zh: (f) => `${f.titles.length}项任务逾期未完成：${list(f.titles, 'zh')}。`,
    en: (f) => `${f.titles.length} task${f.titles.length === 1 ? '' : 's'} overdue: ${list(f.titles, 'en')}.`,
    recommend: {
      zh: (f, n) => `${leadsZh(f.leads, n)}限期完成逾期任务并报送进展。`,
      en: (f, n) => `${leadsEn(f.leads, n)}should finish the overdue tasks and report.`,
    },
  },
  target_met: {
    zh: (f, n) => `${n.indicator(f.indicator)}${f.early ? '已提前' : '已'}实现目标（${valueZh(f)}${f.chance === null ? '' : `，达标概率${chanceWords(f.chance)}`}）。`,
    en: (f, n) => `${n.indicator(f.indicator)} has ${f.early ? 'already ' : ''}met its target (${valueEn(f)}${f.chance === null ? '' : `; ${chanceWords(f.chance)} likely`}).`,
  },
  target_uncertain: {
    zh: (f, n) => `${n.indicator(f.indicator)}${valueZh({ ...f, since: null })}，受抽样误差影响，尚不能确定${f.closed ? `是否已实现${f.targetYear}年目标` : '进度'}（最可能为${statusLabels[f.likeliest].zh}，概率${chanceWords(f.chance)}）。`,
    en: (f, n) => `${n.indicator(f.indicator)} was ${valueEn({ ...f, since: null })}, but sampling error leaves ${f.closed ? `whether its ${f.targetYear} target was met` : 'its progress'} undecided (likeliest ${statusLabels[f.likeliest].en}, ${chanceWords(f.chance)}).`,
    recommend: {
      zh: (f, n) => `下一轮抽样调查适当扩大样本量，提高${n.indicator(f.indicator)}估计的精度，使进度判断有足够把握。`,
      en: (f, n) => `Enlarge the next survey's sample for ${mid(n.indicator(f.indicator))}, so that its progress can be judged with confidence.`,
    },
  },
  methods_disagree: {
    zh: (f, n) => {
      const [chosen, ...others] = f.verdicts;
      const named = byStatus(others).map(([status, ms]) => `按${ms.map((m) => methodLabels[m].zh).join('、')}评为“${statusLabels[status].zh}”`);
      return `${n.indicator(f.indicator)}按${methodLabels[chosen!.method].zh}评为“${statusLabels[chosen!.status].zh}”，${named.join('，')}：${basesOf(f).map((b) => methodBasis[b].zh).join('，')}，本报告采用${methodLabels[chosen!.method].zh}。`;
    },
    en: (f, n) => {
      const [chosen, ...others] = f.verdicts;
      const named = byStatus(others).map(([status, ms]) => `"${statusLabels[status].en}" by the ${list(ms.map((m) => methodLabels[m].en), 'en')}`);
      return `${n.indicator(f.indicator)} is "${statusLabels[chosen!.status].en}" by the ${methodLabels[chosen!.method].en} but ${list(named, 'en')}: ${basesOf(f).map((b) => methodBasis[b].en).join('; ')}; this report uses the ${methodLabels[chosen!.method].en}.`;
    },
  },

  judged_met: {
    zh: (f, n) => `“${n.target(f.target)}”${judgedZh(f)}。`,
    en: (f, n) => `"${n.target(f.target)}" is ${judgedEn(f, n)}.`,
  },
  judged_short: {
    zh: (f, n) => `“${n.target(f.target)}”${judgedZh(f)}${f.closed ? `，目标年份${f.targetYear}年已到，评估结论为“${statusLabels[f.status].zh}”` : ''}。`,
    en: (f, n) => `"${n.target(f.target)}" is ${judgedEn(f, n)}${f.closed ? `; its year ${f.targetYear} has come, so it is ${statusLabels[f.status].en}` : ''}.`,
    recommend: {
      zh: (f, n) => `${f.leads.length ? `由${n.units(f.leads)}牵头，` : '领导小组办公室组织有关单位'}针对“${n.target(f.target)}”${f.closed ? '分析未完全实现的原因，纳入下一周期方案统筹解决' : `加大工作力度，确保${f.targetYear}年实现`}。`,
      en: (f, n) => `${f.leads.length ? `${n.units(f.leads)}, as lead units, should` : 'The leading group\'s office should have the units concerned'} ${f.closed ? `analyse why "${n.target(f.target)}" was not fully met and carry it into the next plan` : `step up work on "${n.target(f.target)}" to meet it by ${f.targetYear}`}.`,
    },
  },
  nothing_assessable: {
    zh: (f, n) => (forWantOfData(f.reasons)
      ? `${n.document}的${f.targets}项定量目标均缺少评估所需数据（基期值或${f.year}年及以前的数值），暂无法评估进展，也无法据此判断是否滞后。`
      : `${n.document}的${f.targets}项定量目标暂无法评估（${reasonList(f.reasons, 'zh')}），不能据此判断进展正常或滞后。`),
    en: (f) => (forWantOfData(f.reasons)
      ? `None of the ${f.targets} quantitative target${f.targets === 1 ? '' : 's'} has the data an assessment needs (a baseline, or a value up to ${f.year}): progress cannot be judged, neither on track nor behind.`
      : `None of the ${f.targets} quantitative target${f.targets === 1 ? '' : 's'} can be assessed yet (${reasonList(f.reasons, 'en')}): progress cannot be called on track or behind.`),
  },
  targets_counted: {
    zh: (f, n) => (f.total === 0 ? '本地区暂无可评估的定量目标。'
      : f.not_assessable === f.total ? `${n.document}定量目标${f.total}项，${forWantOfData(f.reasons) ? '均因缺少数据暂无法评估' : `均暂无法评估（${reasonList(f.reasons, 'zh')}）`}。`
      : `${n.document}定量目标${f.total}项中，${statusCounts(f, 'zh')}。`),
    en: (f) => (f.total === 0 ? 'There are no quantitative targets to assess here.'
      : f.not_assessable === f.total ? `None of the ${f.total} quantitative target${f.total === 1 ? '' : 's'} can be assessed yet, ${forWantOfData(f.reasons) ? 'for want of data' : `(${reasonList(f.reasons, 'en')})`}.`
      : f.total === 1 ? `The one quantitative target is ${statusLabels[statusOrder.find((s) => f[s] > 0)!].en}.`
      : `Of the ${f.total} quantitative targets: ${statusCounts(f, 'en')}.`),
  },
  qualitative_counted: {
    zh: (f) => (f.judged === 0 ? `另有定性目标${f.total}项，尚无评定意见，需结合工作情况综合判断。`
      : `另有定性目标${f.total}项，其中${f.judged}项已有评定意见（${gradeCounts(f, 'zh')}）${f.open ? `，${f.open}项尚无评定意见` : ''}。`),
    en: (f) => (f.judged === 0 ? `${f.total} further targets are stated in words only; none has a recorded judgement yet.`
      : `${f.total} further targets are stated in words only: ${f.judged} have a recorded judgement (${gradeCounts(f, 'en')})${f.open ? `, ${f.open} have none yet` : ''}.`),
  },
  data_checked: {
    zh: (f) => (f.total === 0
      ? '对填报数据进行了合理性核查（分项与总量、量级、年度变化、比例范围、人均与同级地区比较），未发现需要核实的数值。'
      : `对填报数据进行了合理性核查，共有${f.total}个数值需要向填报单位核实（不影响数据的汇总）：`),
    en: (f) => (f.total === 0
      ? 'The reported data were checked for plausibility (parts against wholes, magnitude, year-on-year change, share range, per-resident figures against sibling regions); no value needed checking.'
      : `The reported data were checked for plausibility; ${f.total === 1 ? '1 value needs' : `${f.total} values need`} checking with the units that reported ${f.total === 1 ? 'it' : 'them'} (the totals include ${f.total === 1 ? 'it' : 'them'}):`),
  },
  data_check_group: {
    zh: (f) => `${CHECK_NAMES[f.check]?.zh ?? f.check}：${f.count}处`,
    en: (f) => `${(CHECK_NAMES[f.check]?.en ?? f.check).trim()}: ${f.count}`,
  },  // The comparison with an earlier evaluation (issue 21), worded in its own file.
  ...changeCatalogue,
};
