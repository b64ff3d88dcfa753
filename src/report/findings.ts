import type { Assessment } from '../evaluate/assess.js';
import { statusLabels } from '../evaluate/labels.js';
import { lagging } from '../evaluate/lagging.js';
import type { EvaluationRow } from '../evaluate/types.js';
import { formatPercent, formatPoints, formatQuantity } from '../util/format-number.js';
import type { Lang } from '../util/lang.js';
import { localize } from '../util/lang.js';

/** A finding: a problem or an achievement, stated from the assessment, with what to do about it. */
export interface Finding {
  kind: 'problem' | 'achievement';
  text: string;
  /** A recommendation that follows from the problem. */
  recommendation?: string;
  /** Rank: more serious first. */
  weight: number;
}

/** What every rule reads besides the assessment: the language and the names of indicators and regions. */
interface Names {
  a: Assessment;
  lang: Lang;
  zh: boolean;
  name: (id: string | null) => string;
  unit: (id: string | null) => string | undefined;
  regionName: (code: string) => string;
  /** The jurisdiction's name. */
  parentName: string;
}

/**
 * The rules that turn an assessment into sentences a leader reads (问题与建议). Each rule reads
 * rows the evaluation computed; none computes a new figure, only compares those it is given.
 * Findings come rule by rule, then the more serious first.
 */
export function findings(a: Assessment, lang: Lang): Finding[] {
  const n = names(a, lang);
  const out = [...behindTargets(n), ...laggingRegions(n), ...urbanRuralGaps(n), ...missingReports(n), ...overdueTasks(n), ...achievements(n)];
  return out.sort((x, y) => y.weight - x.weight);
}

function names(a: Assessment, lang: Lang): Names {
  const zh = lang === 'zh';
  const regionName = (code: string) => {
    const r = a.regions.byCode.get(code);
    return (zh ? r?.name : (r?.nameEn ?? r?.name)) ?? code;
  };
  return {
    a, lang, zh, regionName,
    name: (id) => (id ? localize(a.indicators.get(id)?.name, lang) || id : ''),
    unit: (id) => (id ? a.indicators.get(id)?.unit : undefined),
    parentName: regionName(a.root),
  };
}

/** 1. Targets behind, seriously behind or going backwards, for the jurisdiction. */
function behindTargets(n: Names): Finding[] {
  const rows = n.a.rows.filter((x) => x.role === 'target' && (x.status === 'seriously_behind' || x.status === 'regressing' || x.status === 'behind'));
  return rows.map((r) => (r.kind === 'per_subregion' ? subregionsBehind(n, r) : targetBehind(n, r)));
}

/** Rule 1 for a target on the number of sub-regions that comply (各县达标): who does not yet. */
function subregionsBehind({ zh, name }: Names, r: EvaluationRow): Finding {
  return {
    kind: 'problem',
    weight: r.status === 'seriously_behind' ? 2 : 1,
    text: zh
      ? `${name(r.indicator)}达标的下级地区${r.compliance ?? ''}，方案要求${r.target ?? ''}个${r.failing ? `；未达标：${r.failing.replace(/\?/g, '（未报送）')}` : ''}。`
      : `${name(r.indicator)}: ${r.compliance ?? ''} sub-regions comply, ${r.target ?? ''} required${r.failing ? `; not yet: ${r.failing}` : ''}.`,
    recommendation: zh ? `督促未达标地区落实${name(r.indicator)}目标。` : `Press the remaining sub-regions on ${name(r.indicator)}.`,
  };
}

/** Rule 1 for any other target: where it stands, how much is done, and when the trend reaches it. */
function targetBehind({ lang, zh, name, unit }: Names, r: EvaluationRow): Finding {
  const done = r.completion_rate === null ? '' : formatPercent(r.completion_rate * 100, { decimals: 0 });
  const reach = r.reach_year === null ? (zh ? '按现有速度难以如期实现' : 'at the current pace it will not be met') : r.reach_year > r.target_year ? (zh ? `按现有速度预计${r.reach_year}年才能实现` : `at the current pace it would be met only in ${r.reach_year}`) : '';
  const status = statusLabels[r.status][lang];
  return {
    kind: 'problem',
    weight: r.status === 'regressing' ? 3 : r.status === 'seriously_behind' ? 2 : 1,
    text: zh
      ? `${name(r.indicator)}${status}：${r.value_year ?? ''}年为${formatQuantity(r.value, r.kind === 'per_subregion' ? '个地区' : unit(r.indicator), { lang })}，目标完成率${done}${r.time_progress !== null && r.distance_progress !== null ? `，序时进度${formatPercent(r.time_progress * 100, { decimals: 0 })}` : ''}${reach ? `，${reach}` : ''}。`
      : `${name(r.indicator)} is ${status}: ${formatQuantity(r.value, unit(r.indicator), { lang })} in ${r.value_year ?? ''}, ${done} of the target${reach ? `; ${reach}` : ''}.`,
    recommendation: zh ? `加大${name(r.indicator)}相关工作力度，由牵头单位制定补短板措施，确保${r.target_year}年目标实现。` : `Step up the work behind ${name(r.indicator)}; the lead units should plan how to close the gap by ${r.target_year}.`,
  };
}

/** 2. Sub-regions well behind the jurisdiction (evaluate/lagging.ts), and whether the gap widened. */
function laggingRegions({ a, lang, zh, name, unit, regionName, parentName }: Names): Finding[] {
  const out: Finding[] = [];
  for (const r of a.rows.filter((x) => x.region !== a.root)) {
    const points = unit(r.indicator) === '%';
    const lag = lagging(r, points);
    if (!lag) continue;
    const { shortfall: worse, widened } = lag;
    const size = points ? formatPoints(worse, { lang }).replace(/^[+−]/, '') : formatQuantity(worse, unit(r.indicator), { lang });
    const below = r.direction === 'lower' ? (zh ? '高于' : 'above') : zh ? '低于' : 'below';
    out.push({
      kind: 'problem',
      weight: widened ? 2 : 1,
      text: zh
        ? `${regionName(r.region)}${name(r.indicator)}${below}${parentName}平均${size}${widened ? '，且差距扩大' : ''}。`
        : `${regionName(r.region)}: ${name(r.indicator)} is ${size} ${below} ${parentName}${widened ? ', and the gap has widened' : ''}.`,
      recommendation: zh ? `对${regionName(r.region)}加强${name(r.indicator)}方面的指导和资源倾斜。` : `Give ${regionName(r.region)} more guidance and resources for ${name(r.indicator)}.`,
    });
  }
  return out;
}

/** 3. The urban–rural gap, where it widened since the baseline. */
function urbanRuralGaps({ a, lang, zh, name, unit }: Names): Finding[] {
  return a.imbalance.filter((r) => r.urban_rural_gap !== null && r.base_urban_rural_gap !== null && r.gap_narrowed === false).map((row) => {
    const wide = (x: number) => (unit(row.indicator) === '%' ? formatPoints(x, { lang }).replace(/^\+/, '') : formatQuantity(x, unit(row.indicator), { lang }));
    return {
      kind: 'problem',
      weight: 2,
      text: zh
        ? `城乡${name(row.indicator)}差距由${row.baseline_year}年的${wide(row.base_urban_rural_gap!)}扩大到${row.year}年的${wide(row.urban_rural_gap!)}，发展不均衡问题仍然突出。`
        : `The urban–rural gap in ${name(row.indicator)} widened from ${wide(row.base_urban_rural_gap!)} in ${row.baseline_year} to ${wide(row.urban_rural_gap!)} in ${row.year}.`,
      recommendation: zh ? '科普资源向农村和薄弱地区倾斜，持续实施农民科学素质提升行动。' : 'Direct science-popularization resources to rural and weaker areas.',
    };
  });
}

/** 4. Sub-regions that did not report for the year (named in the notes of the jurisdiction's totals). */
function missingReports({ a, zh, regionName }: Names): Finding[] {
  const missing = new Set(a.values.filter((v) => v.region === a.root && v.year === a.year && v.coverage !== null).flatMap((v) => (v.note ?? '').replace(/^not reported: /, '').split(', ').filter(Boolean)));
  if (!missing.size) return [];
  const names = [...missing].map(regionName).join(zh ? '、' : ', ');
  return [{
    kind: 'problem',
    weight: 1,
    text: zh ? `${names}未按时报送${a.year}年数据，有关汇总数只含已报送地区。` : `${names} did not report for ${a.year}; totals include only the regions that did.`,
    recommendation: zh ? '督促未报送地区及时报送数据，完善年度监测报送制度。' : 'Make the missing regions report, and tighten the yearly reporting routine.',
  }];
}

/** 5. Overdue tasks, in one finding. */
function overdueTasks({ a, zh }: Names): Finding[] {
  const overdue = a.tasks.tasks.filter((t) => t.status === 'overdue');
  if (!overdue.length) return [];
  return [{
    kind: 'problem',
    weight: 2,
    text: zh ? `${overdue.length}项任务逾期未完成：${overdue.map((t) => t.title).join('、')}。` : `${overdue.length} task(s) overdue: ${overdue.map((t) => t.title).join(', ')}.`,
    recommendation: zh ? '牵头单位限期完成逾期任务并报送进展。' : 'Lead units should finish overdue tasks and report.',
  }];
}

/** 6. Achievements, to be said too. */
function achievements({ a, lang, zh, name, unit }: Names): Finding[] {
  return a.rows.filter((x) => x.role === 'target' && x.status === 'achieved').map((r) => ({
    kind: 'achievement',
    weight: 0,
    text: zh
      ? `${name(r.indicator)}${r.target_year > a.year ? '已提前' : '已'}实现目标（${formatQuantity(r.value, r.kind === 'per_subregion' ? '个地区' : unit(r.indicator), { lang })}）。`
      : `${name(r.indicator)} has ${r.target_year > a.year ? 'already ' : ''}met its target (${formatQuantity(r.value, unit(r.indicator), { lang })}).`,
  }));
}
