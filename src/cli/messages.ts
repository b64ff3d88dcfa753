import type { Lang } from '../util/lang.js';

/**
 * What each sentence the terminal prints besides errors says, as data: counts, names and files,
 * never words. Wording lives in one catalogue per language below (as errors/messages.ts is for
 * problems and report/findings/catalogue.ts for reports): a code added here without its zh and en
 * wording fails the type check. Column headers are labels, not sentences, and stay with their table.
 */
export interface SayArgs {
  /** `kepu data check`: nothing deserves a look. */
  data_valid: { observations: number };
  /** `kepu data check`: readable, with warnings of three kinds to look at. */
  data_readable: { observations: number; reconciliation: number; plausibility: number; reading: number };
  /** The count line under a list of problems. */
  issues_counted: { errors: number; warnings: number };
  status_year: { year: number; observations: number; files: number; needed: number };
  status_silent: { regions: string[] };
  status_survey_missing: { indicators: string[] };
  status_tasks_owed: { year: number; count: number };
  /** A task part no lead unit owns: the office reports it. */
  status_task_no_lead: Record<string, never>;
  status_reconciliation: { count: number };
  status_blocked: { count: number };
  status_all_assessable: Record<string, never>;
  status_unjudged: { count: number };
  status_unjudged_item: { description: string; target: string; judges: string[]; lastYear: number | null };
  status_missing_written: { file: string };
  /** The headline share in `kepu status`: what there is (null: nothing yet). */
  headline_have: { name: string; baseline: { year: number; value: number; fromPlan: boolean } | null; latest: { year: number; value: number } | null };
  headline_complete: Record<string, never>;
  /** The headline share's gaps (app/status.ts HeadlineGap), each with what to do. */
  headline_no_source: { name: string };
  headline_no_baseline: { year: number };
  headline_no_value: { since: number; year: number };
  headline_no_standard_error: { years: number[] };
  /** One returned form: what was accepted (values or task rows) and how many rows were refused. */
  collect_form: { file: string; accepted: number; rejected: number; rows: 'values' | 'task_rows' };
  collect_updated: { change: string; file: string; row: number };
  /** A conflict left standing: `collected` when the old value is kepu's own collected file (--accept-new decides). */
  collect_conflict: { change: string; file: string; row: number; collected: boolean };
  collect_totals: { added: number; unchanged: number; conflicts: number; file: string };
  report_checked: { reports: number };
  /** `kepu evaluate --compare`: the comparison in one line (the rows carry it in JSON and CSV). */
  compare_summary: { previous: number; compared: number; changed: number; revised: number; added: number; removed: number };
  report_written: { files: string[]; pages: number | null };
  reports_written: { reports: number; formats: string[] };
  forms_written: { forms: number; dir: string };
  workspace_created: { dir: string; files: string[]; year: number };
  plan_valid: { title: string; targets: number; actions: number };
  demo_workspace: { dir: string };
  demo_evaluation: { title: string; year: number };
  demo_counts: { observations: number; values: number };
  demo_written: { file: string; pages: number };
}

export type SayCode = keyof SayArgs;

type Words<C extends SayCode> = { zh: (a: SayArgs[C]) => string; en: (a: SayArgs[C]) => string };

const zhList = (items: readonly string[]) => items.join('、');
const enList = (items: readonly string[]) => items.join(', ');

const sayings: { [C in SayCode]: Words<C> } = {
  data_valid: {
    zh: (a) => `数据有效：共 ${a.observations} 个观测值。`,
    en: (a) => `data valid: ${a.observations} observations.`,
  },
  data_readable: {
    zh: (a) => `数据可以读取：共 ${a.observations} 个观测值；有 ${[
      a.reconciliation ? `${a.reconciliation} 个成员单位报数与下级地区合计核对不符或无法核对` : '',
      a.plausibility ? `${a.plausibility} 个数值需要核实（合理性警告）` : '',
      a.reading ? `${a.reading} 个读取警告` : '',
    ].filter(Boolean).join('，')}，请核实：`,
    en: (a) => `data readable: ${a.observations} observations, with ${[
      a.reconciliation ? `${a.reconciliation} member-unit figure(s) that do not reconcile with the sub-regions'` : '',
      a.plausibility ? `${a.plausibility} value(s) to check (plausibility warnings)` : '',
      a.reading ? `${a.reading} reading warning(s)` : '',
    ].filter(Boolean).join(', ')}; check them:`,
  },
  issues_counted: {
    zh: (a) => `共 ${a.errors} 个错误、${a.warnings} 个警告。`,
    en: (a) => `${a.errors} error(s), ${a.warnings} warning(s).`,
  },
  status_year: {
    zh: (a) => `${a.year}年：${a.observations} 个观测值（共 ${a.files} 个数据文件）；目标所需字段 ${a.needed} 个。`,
    en: (a) => `${a.year}: ${a.observations} observations (${a.files} data files); the targets need ${a.needed} fields.`,
  },
  status_silent: { zh: (a) => `未报送任何数据的地区：${zhList(a.regions)}。`, en: (a) => `Sent nothing: ${enList(a.regions)}.` },
  status_survey_missing: { zh: (a) => `抽样调查尚无本年度${zhList(a.indicators)}。`, en: (a) => `No survey estimate this year for ${enList(a.indicators)}.` },
  status_tasks_owed: {
    zh: (a) => `${a.year}年尚未报送进展的任务（${a.count} 项，kepu forms --tasks 生成填报表）：`,
    en: (a) => `Tasks with no progress report for ${a.year} (${a.count}; kepu forms --tasks writes the forms):`,
  },
  status_task_no_lead: { zh: () => '未列明牵头单位（由领导小组办公室报送）', en: () => 'no lead unit named (the leading group office reports)' },
  status_reconciliation: { zh: (a) => `成员单位报数核对警告（${a.count}）：`, en: (a) => `Unit figures that do not reconcile (${a.count}):` },
  status_blocked: { zh: (a) => `暂无法评估的目标（${a.count}）：`, en: (a) => `Targets not assessable yet (${a.count}):` },
  status_all_assessable: { zh: () => '所有定量目标均可评估。', en: () => 'Every quantitative target can be assessed.' },
  status_unjudged: {
    zh: (a) => `本年度尚无评定意见的定性目标（${a.count}），请在评定台账（judgements）中填写：`,
    en: (a) => `Qualitative targets without a recorded judgement for the year (${a.count}); record one in the judgements ledger:`,
  },
  status_unjudged_item: {
    zh: (a) => `${a.description}（${a.target}）— 评定：${zhList(a.judges)}${a.lastYear === null ? '' : `；现按${a.lastYear}年的评定意见`}`,
    en: (a) => `${a.description} (${a.target}) — to judge: ${enList(a.judges)}${a.lastYear === null ? '' : `; meanwhile the ${a.lastYear} judgement stands`}`,
  },
  status_missing_written: { zh: (a) => `未报清单已写入 ${a.file}`, en: (a) => `list of missing figures written to ${a.file}` },
  headline_have: {
    zh: (a) => {
      const have = [a.baseline ? `基期（${a.baseline.year}年）${a.baseline.value}%${a.baseline.fromPlan ? '（方案所列）' : ''}` : '', a.latest ? `${a.latest.year}年 ${a.latest.value}%` : ''].filter(Boolean);
      return `核心指标“${a.name}”：${have.length ? have.join('，') : '暂无数值'}。`;
    },
    en: (a) => {
      const have = [a.baseline ? `baseline ${a.baseline.year}: ${a.baseline.value}%${a.baseline.fromPlan ? ' (from the plan)' : ''}` : '', a.latest ? `${a.latest.year}: ${a.latest.value}%` : ''].filter(Boolean);
      return `Headline indicator, ${a.name}: ${have.length ? have.join('; ') : 'no values yet'}.`;
    },
  },
  headline_complete: { zh: () => '基期值、最新值及其标准误齐全。', en: () => 'baseline, latest value and their standard errors are all there.' },
  headline_no_source: {
    zh: (a) => `没有${a.name}的来源：配置文件 kepu.config.yaml 中没有 survey:（调查样本文件），数据文件中也没有已公布的比例。请在“科学素质比例”填报表中填写公布值及其标准误，或用 survey: 指定调查样本文件。`,
    en: (a) => `no source for the ${a.name}: kepu.config.yaml has no survey: (respondent file), and no data file has published shares. Fill in the published values with their standard errors on the literacy-share form (科学素质比例), or name the respondent file under survey:.`,
  },
  headline_no_baseline: {
    zh: (a) => `缺少基期（${a.year}年）的数值：方案没有写明基期值，数据中也没有${a.year}年的比例。没有基期就无法衡量进展，请补报${a.year}年的比例及其标准误。`,
    en: (a) => `no value for the baseline year ${a.year}: the plan states none and the data have no share for ${a.year}. Progress cannot be measured without it; report the ${a.year} share with its standard error.`,
  },
  headline_no_value: {
    zh: (a) => `缺少基期（${a.since}年）之后、截至${a.year}年的数值：请报送最近一轮调查的比例及其标准误。`,
    en: (a) => `no value after the baseline year ${a.since}, up to ${a.year}: report the latest survey's share with its standard error.`,
  },
  headline_no_standard_error: {
    zh: (a) => `${zhList(a.years.map(String))}年的比例没有标准误，无法判断变化是否超出抽样误差。请补报标准误（调查报告中的标准误；只有95%置信区间时为（上限−下限）÷3.92）。`,
    en: (a) => `the share of ${enList(a.years.map(String))} has no standard error, so a change cannot be told from sampling error. Report it (the survey report's standard error; from a 95% interval, (upper − lower) ÷ 3.92).`,
  },
  collect_form: {
    zh: (a) => `${a.file}：接收 ${a.accepted} ${a.rows === 'values' ? '个数值' : '条任务进展'}，拒收 ${a.rejected} 个`,
    en: (a) => `${a.file}: ${a.accepted}${a.rows === 'values' ? '' : ' task rows'} accepted, ${a.rejected} rejected`,
  },
  collect_updated: { zh: (a) => `已更新 ${a.change}（${a.file}:${a.row}）`, en: (a) => `updated ${a.change} (${a.file}:${a.row})` },
  collect_conflict: {
    zh: (a) => `冲突 ${a.change}：原值来自 ${a.file}:${a.row}，未覆盖${a.collected ? '（确认后加 --accept-new）' : '（请在原文件中更正）'}`,
    en: (a) => `conflict ${a.change}: the old value comes from ${a.file}:${a.row}; not overwritten${a.collected ? ' (use --accept-new to take it)' : ' (correct it in that file)'}`,
  },
  collect_totals: {
    zh: (a) => `新增 ${a.added} 个、未变 ${a.unchanged} 个、冲突 ${a.conflicts} 个；已写入 ${a.file}`,
    en: (a) => `${a.added} added, ${a.unchanged} unchanged, ${a.conflicts} conflicts; written to ${a.file}`,
  },
  compare_summary: {
    zh: (a) => `与${a.previous}年评估相比：两次均有的 ${a.compared} 行中，${a.changed} 行状态变化，${a.revised} 行所用数据经过修订${a.added ? `；新增 ${a.added} 行` : ''}${a.removed ? `；${a.removed} 行已不在本次评估中` : ''}（详见 --format json）。`,
    en: (a) => `compared with the ${a.previous} evaluation: of ${a.compared} rows in both, ${a.changed} changed status and ${a.revised} rest on revised data${a.added ? `; ${a.added} new` : ''}${a.removed ? `; ${a.removed} no longer evaluated` : ''} (details with --format json).`,
  },
  report_checked: {
    zh: (a) => `报告检查通过：${a.reports} 份报告，未发现空缺、矛盾或与评估结果不符的表述。`,
    en: (a) => `report check passed: ${a.reports} report(s); no empty slot, contradiction or statement at odds with the assessment.`,
  },
  report_written: {
    zh: (a) => `已生成：${zhList(a.files)}${a.pages ? `（PDF ${a.pages} 页）` : ''}`,
    en: (a) => `written: ${enList(a.files)}${a.pages ? ` (PDF: ${a.pages} pages)` : ''}`,
  },
  reports_written: { zh: (a) => `已生成 ${a.reports} 份报告（${zhList(a.formats)}）。`, en: (a) => `${a.reports} reports written (${enList(a.formats)}).` },
  forms_written: { zh: (a) => `已生成 ${a.forms} 份填报表：${a.dir}`, en: (a) => `${a.forms} forms written to ${a.dir}` },
  workspace_created: {
    zh: (a) => `已创建工作区 ${a.dir}：${zhList(a.files)}。每年的步骤见 ${a.dir}/README.md；第一步：cd ${a.dir}，然后 kepu forms --year ${a.year} 生成填报表。`,
    en: (a) => `workspace created in ${a.dir}: ${enList(a.files)}. ${a.dir}/README.md walks through the yearly steps; first: cd ${a.dir}, then kepu forms --year ${a.year} writes the forms.`,
  },
  plan_valid: {
    zh: (a) => `有效：${a.title}（${a.targets} 个目标、${a.actions} 项行动/工程/任务）`,
    en: (a) => `valid: ${a.title} (${a.targets} targets, ${a.actions} actions/projects/tasks)`,
  },
  demo_workspace: { zh: (a) => `示例工作区：${a.dir}`, en: (a) => `Sample workspace: ${a.dir}` },
  demo_evaluation: { zh: (a) => `${a.title} — ${a.year}年评估`, en: (a) => `${a.title} — evaluation ${a.year}` },
  demo_counts: {
    zh: (a) => `读入 ${a.observations} 个观测值，计算 ${a.values} 个指标值；`,
    en: (a) => `${a.observations} observations read, ${a.values} indicator values computed; `,
  },
  demo_written: { zh: (a) => `中期评估报告已生成：${a.file}（${a.pages} 页）`, en: (a) => `Midterm report written: ${a.file} (${a.pages} pages)` },
};

/**
 * A terminal sentence in the user's language, from the catalogue.
 * @example
 * say('forms_written', { forms: 12, dir: 'forms/2024' }, 'zh'); // 已生成 12 份填报表：forms/2024
 */
export function say<C extends SayCode>(code: C, args: SayArgs[C], lang: Lang): string {
  return sayings[code][lang](args);
}
