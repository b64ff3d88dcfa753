import type { DesignSummary, EstimateRow, ReliabilityFlag, Stat } from '../../survey/index.js';
import { PRESENTATION_LEVEL_TEXT, PRESENTATION_REASON_TEXT } from '../../survey/index.js';
import { formatNumber, formatPercent } from '../../util/format-number.js';
import type { Lang } from '../../util/lang.js';
import type { TextTable } from './table.js';

const CI_NAMES = { wald: 'Wald', logit: 'logit', wilson: 'Wilson', beta: 'Korn–Graubard' } as const;
const FLAGS: Record<ReliabilityFlag, { zh: string; en: string }> = {
  cv: { zh: 'CV 过大', en: 'CV' },
  n: { zh: '样本少', en: 'n' },
  n_eff: { zh: '有效样本少', en: 'n_eff' },
  df: { zh: '无自由度', en: 'no df' },
};

/** The rows as `--format json` prints them: the issue-5 contract ({ by, stat, estimate, se, ci, deff, n, weighted_n, reliable }) plus the rest. */
export function surveyJson(rows: readonly EstimateRow[]): object[] {
  return rows.map((r) => ({
    by: r.by, stat: r.stat, unit: r.unit, estimate: r.estimate, se: r.se, ci: [r.ci_low, r.ci_high], ci_low: r.ci_low, ci_high: r.ci_high,
    level: r.level, ci_method: r.ci_method, df: r.df, deff: r.deff, n: r.n, n_eff: r.n_eff, weighted_n: r.weighted_n, n_missing: r.n_missing,
    cv: r.cv, reliable: r.reliable, flags: r.flags, presentation: r.presentation,
  }));
}

/** The rows as a table: full precision for csv, rounded for the terminal. */
export function surveyTable(rows: readonly EstimateRow[], asked: readonly string[], lang: Lang, forCsv = false): TextTable {
  const zh = lang === 'zh';
  // The domain columns as the file names them (--by district finds the column 区县).
  const found = [...new Set(rows.flatMap((r) => Object.keys(r.by)))];
  const by = found.length ? found : asked;
  const level = Math.round((rows[0]?.level ?? 0.95) * 100);
  // Fixed decimals so that a column of estimates lines up (formatNumber drops trailing zeros).
  const n = (v: number | null, decimals: number) => (v === null ? '' : forCsv ? v : v.toFixed(decimals));
  const blank = zh ? '（空）' : '(blank)';
  // Domain cells are keyed by the column name itself: csv prints keys as its header.
  const domainColumns = by.length ? by.map((key) => ({ key, title: key })) : [{ key: 'scope', title: zh ? '范围' : 'scope' }];
  return {
    columns: [
      ...domainColumns,
      { key: 'estimate', title: zh ? '估计值' : 'estimate', align: 'right' },
      { key: 'se', title: zh ? '标准误' : 'se', align: 'right' },
      ...(forCsv
        ? [{ key: 'ci_low', title: 'ci_low', align: 'right' as const }, { key: 'ci_high', title: 'ci_high', align: 'right' as const }]
        : [{ key: 'ci', title: zh ? `${level}%置信区间` : `${level}% CI`, align: 'right' as const }]),
      { key: 'deff', title: zh ? '设计效应' : 'deff', align: 'right' },
      { key: 'n', title: zh ? '样本量' : 'n', align: 'right' },
      { key: 'n_eff', title: zh ? '有效样本量' : 'n_eff', align: 'right' },
      { key: 'cv', title: zh ? '变异系数' : 'cv', align: 'right' },
      { key: 'reliable', title: zh ? '可靠性' : 'reliable' },
      { key: 'presentation', title: zh ? '发布' : 'presentation' },
      ...(forCsv ? [{ key: 'n_missing', title: 'n_missing' }, { key: 'df', title: 'df' }, { key: 'weighted_n', title: 'weighted_n' }] : []),
    ],
    rows: rows.map((r) => {
      // Percentages to 0.01 point; other statistics to two significant digits of their SE.
      const decimals = r.unit === '%' ? 2 : r.se ? Math.min(6, Math.max(0, 1 - Math.floor(Math.log10(r.se)))) : 2;
      const domain = by.length
        ? Object.fromEntries(by.map((key) => [key, r.by[key] === undefined ? (zh ? '全体' : 'all') : r.by[key] || blank]))
        : { scope: zh ? '全体' : 'all' };
      return {
        estimate: n(r.estimate, decimals),
        se: n(r.se, decimals),
        ci: r.ci_low === null || r.ci_high === null ? '' : `${n(r.ci_low, decimals)}–${n(r.ci_high, decimals)}`,
        ci_low: n(r.ci_low, decimals),
        ci_high: n(r.ci_high, decimals),
        deff: n(r.deff, 2),
        n: r.n,
        n_eff: n(r.n_eff, 0),
        cv: r.cv === null ? '' : forCsv ? r.cv : formatPercent(r.cv, { decimals: 1 }),
        reliable: forCsv ? String(r.reliable) : r.reliable ? (zh ? '可靠' : 'reliable') : unreliable(r.flags, lang),
        presentation: forCsv ? [r.presentation.level, ...r.presentation.reasons].join(' ') : presentationCell(r, lang),
        n_missing: r.n_missing,
        df: r.df,
        weighted_n: forCsv ? r.weighted_n : '',
        ...domain,
      };
    }),
  };
}

const STATS: Record<Stat, { zh: string; en: string }> = {
  mean: { zh: '均值', en: 'mean' }, proportion: { zh: '比例（%）', en: 'proportion (%)' }, total: { zh: '总量', en: 'total' }, ratio: { zh: '比率', en: 'ratio' },
};

/** What a --var estimate is: 均值：hours, ratio: knowledge / total_score. */
export function statTitle(stat: Stat, variable: string, denominator: string | undefined, lang: Lang): string {
  return `${STATS[stat][lang]}${lang === 'zh' ? '：' : ': '}${variable}${denominator ? ` / ${denominator}` : ''}`;
}

/** One line saying what was estimated and on which design. */
export function surveyHeading(what: string, design: DesignSummary, rows: readonly EstimateRow[], lang: Lang): string {
  const zh = lang === 'zh';
  const s = design.spec;
  const parts: string[] = [];
  if (zh) {
    parts.push(`${design.respondents} 名受访者`);
    if (s.strata) parts.push(`${design.strata} 层（${s.strata}）`);
    parts.push(s.clusters?.length ? `${design.psus} 个初级抽样单元（${s.clusters[0]}）` : '以受访者为抽样单元');
    if (design.ssus !== undefined) parts.push(`${design.ssus} 个二级抽样单元（${s.clusters![1]}）`);
    parts.push(s.weights ? `权重“${s.weights}”` : '等权重');
    if (s.fpc?.length) parts.push(`有限总体校正“${s.fpc.join('”“')}”`);
    if (design.lonelyStrata) parts.push(`${design.lonelyStrata} 个单 PSU 层按 ${s.lonelyPsu} 处理`);
    parts.push(`自由度 ${design.df}`);
    if (design.replicates !== undefined) parts.push(`方差：${REPLICATES[design.variance].zh}（${design.replicates} 个重复${design.seed === undefined ? '' : `，种子 ${design.seed}`}）`);
  } else {
    parts.push(`${design.respondents} respondents`);
    if (s.strata) parts.push(`${design.strata} strata (${s.strata})`);
    parts.push(s.clusters?.length ? `${design.psus} PSUs (${s.clusters[0]})` : 'respondents as sampling units');
    if (design.ssus !== undefined) parts.push(`${design.ssus} SSUs (${s.clusters![1]})`);
    parts.push(s.weights ? `weights "${s.weights}"` : 'equal weights');
    if (s.fpc?.length) parts.push(`fpc ${s.fpc.map((f) => `"${f}"`).join(', ')}`);
    if (design.lonelyStrata) parts.push(`${design.lonelyStrata} single-PSU strata: ${s.lonelyPsu}`);
    parts.push(`df ${design.df}`);
    if (design.replicates !== undefined) parts.push(`variance: ${REPLICATES[design.variance].en} (${design.replicates} replicates${design.seed === undefined ? '' : `, seed ${design.seed}`})`);
  }
  const method = rows[0]?.ci_method ?? 'wald';
  const level = Math.round((rows[0]?.level ?? 0.95) * 100);
  const ci = zh ? `${CI_NAMES[method]} ${level}% 置信区间` : `${CI_NAMES[method]} ${level}% intervals`;
  const note = calibrationNote(design, lang);
  return `${what}\n${zh ? '设计：' : 'design: '}${parts.join(zh ? '，' : ', ')}${zh ? '；' : '; '}${ci}${note ? `\n${note}` : ''}`;
}

const REPLICATES = {
  linearization: { zh: '泰勒线性化', en: 'Taylor linearisation' },
  jk1: { zh: 'JK1 刀切法', en: 'JK1 jackknife' },
  jkn: { zh: 'JKn 分层刀切法', en: 'JKn jackknife' },
  bootstrap: { zh: 'Rao–Wu 自助法', en: 'Rao–Wu bootstrap' },
} as const;

/** The calibration's convergence report in one line (undefined without calibration). */
export function calibrationNote(design: DesignSummary, lang: Lang): string | undefined {
  const c = design.calibration;
  if (!c) return undefined;
  const change = c.maxRelativeChange.toExponential(1);
  const error = c.maxMarginError.toExponential(1);
  const population = formatNumber(c.population, { decimals: 0, lang });
  if (lang === 'zh') {
    const how = c.method === 'poststratify' ? `事后分层（${c.margins.join('、')}）` : `迭代比例拟合（${c.margins.join('、')}）`;
    return `权重校准：${how}，${c.iterations} 轮，末轮权重最大相对变化 ${change}，边际最大相对误差 ${error}，${c.converged ? '已收敛' : '未收敛'}；校准后总体 ${population}`;
  }
  const how = c.method === 'poststratify' ? `post-stratified on ${c.margins.join(', ')}` : `raked on ${c.margins.join(', ')}`;
  return `calibration: ${how}, ${c.iterations} iteration(s), max relative change of a weight in the last ${change}, max margin error ${error}, ${c.converged ? 'converged' : 'not converged'}; population ${population}`;
}

/** 不可靠（CV 过大、样本少） / unreliable (CV, n): the reasons, short enough for a table cell. */
function unreliable(flags: readonly ReliabilityFlag[], lang: Lang): string {
  const reasons = flags.map((f) => FLAGS[f][lang]);
  return lang === 'zh' ? `不可靠（${reasons.join('、')}）` : `unreliable (${reasons.join(', ')})`;
}

/** 慎用（设计自由度不足8） / use with caution (fewer than 8 design degrees of freedom): the standard's verdict and why. */
function presentationCell(r: EstimateRow, lang: Lang): string {
  const { level, reasons } = r.presentation;
  const why = reasons.map((reason) => PRESENTATION_REASON_TEXT[reason][lang]);
  const label = PRESENTATION_LEVEL_TEXT[level][lang];
  if (!why.length) return label;
  return lang === 'zh' ? `${label}（${why.join('；')}）` : `${label} (${why.join('; ')})`;
}
