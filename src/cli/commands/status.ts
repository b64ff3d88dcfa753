import type { Command } from 'commander';
import { statusReasonLabels } from '../../evaluate/index.js';
import type { ReturnState, UnjudgedTarget } from '../../app/status.js';
import { reportingStatus } from '../../app/status.js';
import { localize } from '../../util/lang.js';
import type { Lang } from '../../util/lang.js';
import { formatOption, out, t } from '../context.js';
import { chosenLang, workspaceOption, yearOption } from '../options.js';
import { renderIssues } from '../render/issues.js';
import type { OutputFormat } from '../render/table.js';
import { renderTable } from '../render/table.js';
import { headlineLines } from '../render/headline.js';

const STATE: Record<ReturnState, { zh: string; en: string }> = {
  none: { zh: '未报送', en: 'nothing sent' },
  partial: { zh: '部分', en: 'partial' },
  complete: { zh: '齐全', en: 'complete' },
};

/** `kepu status [--year] [--missing-out file]`: what the workspace has and lacks for a year, per district and unit. */
export function registerStatus(program: Command): void {
  program
    .command('status')
    .description('what the workspace has and lacks for a year, per district and unit / 工作区数据报送情况')
    .addOption(workspaceOption())
    .addOption(yearOption('year (default: the evaluation year) / 年度'))
    .addOption(formatOption())
    .option('--missing-out <file>', 'write the list of missing figures (who must send what) to a .csv or .xlsx file / 导出未报清单')
    .action(async (options: { workspace: string; year?: number; format: OutputFormat; missingOut?: string }, command: Command) => {
      const { status: s, workspace: ws, settings: { lang } } = await reportingStatus({ ...options, lang: chosenLang(command) });
      if (options.format === 'json') return out(JSON.stringify(s, null, 2));
      const name = (id: string) => localize(ws.indicators.get(id)?.name, lang) || id;
      const state = (x: ReturnState) => STATE[x][lang as Lang];
      const missing = (list: string[], x: ReturnState) => (x === 'none' ? t(lang, '（全部）', '(all)') : list.map(name).join('、'));
      const regions = renderTable({
        columns: [{ key: 'name', title: t(lang, '地区', 'region') }, { key: 'state', title: t(lang, '报送', 'sent') }, { key: 'count', title: t(lang, '已报/应报', 'reported'), align: 'right' }, { key: 'missing', title: t(lang, '未报字段', 'missing') }],
        rows: s.regions.map((r) => ({ name: r.name, state: state(r.state), count: `${r.reported.length}/${r.reported.length + r.missing.length}`, missing: missing(r.missing, r.state) })),
      }, { maxWidth: 90 });
      const units = renderTable({
        columns: [{ key: 'unit', title: t(lang, '成员单位', 'unit') }, { key: 'state', title: t(lang, '报送', 'sent') }, { key: 'count', title: t(lang, '已报/应报', 'reported'), align: 'right' }, { key: 'missing', title: t(lang, '未报指标', 'missing') }],
        rows: s.units.map((u) => ({ unit: u.unit, state: state(u.state), count: `${u.reported.length}/${u.reported.length + u.missing.length}`, missing: missing(u.missing, u.state) })),
      }, { maxWidth: 90 });
      // Task progress still owed for the year, by lead unit (the plan names none for some: the office reports those).
      const owed = new Map<string, string[]>();
      for (const g of s.tasks) owed.set(g.unit, [...(owed.get(g.unit) ?? []), g.title]);
      const taskLines = [...owed].map(([unit, titles]) => `  · ${unit || t(lang, '未列明牵头单位（由领导小组办公室报送）', 'no lead unit named (the leading group office reports)')}：${titles.join(t(lang, '、', ', '))}`);
      const blocked = s.blocked.map((b) => `  · ${b.indicator ? name(b.indicator) : b.target}：${b.reason ? statusReasonLabels[b.reason][lang] : ''}`);
      const otherSurvey = s.survey.filter((f) => f !== s.headline?.indicator);
      const silent = s.regions.filter((r) => r.state === 'none').map((r) => r.name);
      out([
        t(lang, `${s.year}年：${s.observations} 个观测值（共 ${s.files} 个数据文件）；目标所需字段 ${s.needed.length} 个。`, `${s.year}: ${s.observations} observations (${s.files} data files); the targets need ${s.needed.length} fields.`),
        ...(silent.length ? [t(lang, `未报送任何数据的地区：${silent.join('、')}。`, `Sent nothing: ${silent.join(', ')}.`)] : []),
        '', regions, '',
        ...(s.units.length ? [units, ''] : []),
        ...(s.headline ? [...headlineLines(s.headline, name(s.headline.indicator), lang), ''] : []),
        // The headline share's gaps are said above, in more detail; other survey fields here.
        ...(otherSurvey.length ? [t(lang, `抽样调查尚无本年度${otherSurvey.map(name).join('、')}。`, `No survey estimate this year for ${otherSurvey.map(name).join(', ')}.`), ''] : []),
        ...(s.tasks.length ? [t(lang, `${s.year}年尚未报送进展的任务（${s.tasks.length} 项，kepu forms --tasks 生成填报表）：`, `Tasks with no progress report for ${s.year} (${s.tasks.length}; kepu forms --tasks writes the forms):`), ...taskLines, ''] : []),
        ...(s.reconciliation.length ? [t(lang, `成员单位报数核对警告（${s.reconciliation.length}）：`, `Unit figures that do not reconcile (${s.reconciliation.length}):`), renderIssues(s.reconciliation, lang), ''] : []),
        s.blocked.length ? t(lang, `暂无法评估的目标（${s.blocked.length}）：`, `Targets not assessable yet (${s.blocked.length}):`) : t(lang, '所有定量目标均可评估。', 'Every quantitative target can be assessed.'),
        ...blocked,
        ...unjudgedLines(s.unjudged, lang),
        ...(options.missingOut ? ['', t(lang, `未报清单已写入 ${options.missingOut}`, `list of missing figures written to ${options.missingOut}`)] : []),
      ].join('\n'));
    });
}

/** The qualitative targets with no recorded judgement for the year, each with who must judge it. */
function unjudgedLines(unjudged: readonly UnjudgedTarget[], lang: Lang): string[] {
  if (!unjudged.length) return [];
  return [
    '',
    t(lang, `本年度尚无评定意见的定性目标（${unjudged.length}），请在评定台账（judgements）中填写：`, `Qualitative targets without a recorded judgement for the year (${unjudged.length}); record one in the judgements ledger:`),
    ...unjudged.map((u) => `  · ${localize(u.description, lang)}${t(lang, `（${u.target}）— 评定：${u.judges.join('、')}`, ` (${u.target}) — to judge: ${u.judges.join(', ')}`)}${u.lastYear === null ? '' : t(lang, `；现按${u.lastYear}年的评定意见`, `; meanwhile the ${u.lastYear} judgement stands`)}`),
  ];
}
