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
import { say } from '../messages.js';

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
      const taskLines = [...owed].map(([unit, titles]) => `  · ${unit || say('status_task_no_lead', {}, lang)}${t(lang, '：', ': ')}${titles.join(t(lang, '、', ', '))}`);
      const blocked = s.blocked.map((b) => `  · ${b.indicator ? name(b.indicator) : b.target}：${b.reason ? statusReasonLabels[b.reason][lang] : ''}`);
      const otherSurvey = s.survey.filter((f) => f !== s.headline?.indicator);
      const silent = s.regions.filter((r) => r.state === 'none').map((r) => r.name);
      out([
        say('status_year', { year: s.year, observations: s.observations, files: s.files, needed: s.needed.length }, lang),
        ...(silent.length ? [say('status_silent', { regions: silent }, lang)] : []),
        '', regions, '',
        ...(s.units.length ? [units, ''] : []),
        ...(s.headline ? [...headlineLines(s.headline, name(s.headline.indicator), lang), ''] : []),
        // The headline share's gaps are said above, in more detail; other survey fields here.
        ...(otherSurvey.length ? [say('status_survey_missing', { indicators: otherSurvey.map(name) }, lang), ''] : []),
        ...(s.tasks.length ? [say('status_tasks_owed', { year: s.year, count: s.tasks.length }, lang), ...taskLines, ''] : []),
        ...(s.reconciliation.length ? [say('status_reconciliation', { count: s.reconciliation.length }, lang), renderIssues(s.reconciliation, lang), ''] : []),
        s.blocked.length ? say('status_blocked', { count: s.blocked.length }, lang) : say('status_all_assessable', {}, lang),
        ...blocked,
        ...unjudgedLines(s.unjudged, lang),
        ...(options.missingOut ? ['', say('status_missing_written', { file: options.missingOut }, lang)] : []),
      ].join('\n'));
    });
}

/** The qualitative targets with no recorded judgement for the year, each with who must judge it. */
function unjudgedLines(unjudged: readonly UnjudgedTarget[], lang: Lang): string[] {
  if (!unjudged.length) return [];
  return [
    '',
    say('status_unjudged', { count: unjudged.length }, lang),
    ...unjudged.map((u) => `  · ${say('status_unjudged_item', { description: localize(u.description, lang), target: u.target, judges: u.judges, lastYear: u.lastYear }, lang)}`),
  ];
}
