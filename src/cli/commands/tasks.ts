import type { Command } from 'commander';
import type { TaskStatus } from '../../evaluate/index.js';
import { trackTasks } from '../../evaluate/index.js';
import { actionGroupLabels, label } from '../../plan/labels.js';
import { formatPercent } from '../../util/format-number.js';
import { loadWorkspace } from '../../workspace/load.js';
import { err, formatOption, globals, out, t } from '../context.js';
import { renderIssues } from '../render/issues.js';
import type { OutputFormat } from '../render/table.js';
import { renderCsv, renderTable } from '../render/table.js';

const STATUS: Record<TaskStatus, { zh: string; en: string }> = {
  not_started: { zh: '未开始', en: 'not started' }, in_progress: { zh: '推进中', en: 'in progress' },
  done: { zh: '已完成', en: 'done' }, overdue: { zh: '逾期未完成', en: 'overdue' },
};

/** `kepu tasks`: where each action, project and task of the plan stands, by lead unit. */
export function registerTasks(program: Command): void {
  program
    .command('tasks')
    .description('task tracking: status of every action and project, completion by lead unit / 任务分工进展')
    .option('-w, --workspace <dir>', 'workspace folder / 工作区', '.')
    .option('--year <year>', 'year (default: the latest reported) / 年度', Number)
    .addOption(formatOption())
    .action(async (options: { workspace: string; year?: number; format: OutputFormat }, command: Command) => {
      const { lang } = globals(command);
      const ws = await loadWorkspace(options.workspace);
      const warnings = ws.issues.filter((i) => i.severity === 'warning');
      if (warnings.length) err(renderIssues(warnings, lang));
      const year = options.year ?? Math.max(ws.plan.period.start, ...ws.taskReports.map((r) => r.year));
      const result = trackTasks(ws.plan, ws.taskReports, year);
      if (options.format === 'json') return out(JSON.stringify({ year, ...result }, null, 2));
      const table = {
        columns: [
          { key: 'group', title: t(lang, '类别', 'group') }, { key: 'title', title: t(lang, '任务', 'task') },
          { key: 'lead', title: t(lang, '牵头单位', 'lead') }, { key: 'status', title: t(lang, '进展', 'status') },
          { key: 'progress', title: t(lang, '完成比例', 'done'), align: 'right' as const }, { key: 'year', title: t(lang, '报告年度', 'reported'), align: 'right' as const },
        ],
        rows: result.tasks.map((r) => ({
          group: label(actionGroupLabels, r.group, lang), title: r.title, lead: r.lead.join('、'), status: STATUS[r.status][lang],
          progress: r.progress === null ? '' : formatPercent(r.progress, { decimals: 0 }), year: r.latest_year ?? '',
        })),
      };
      if (options.format === 'csv') return out(renderCsv(table));
      const units = {
        columns: [
          { key: 'key', title: t(lang, '牵头单位', 'lead unit') }, { key: 'total', title: t(lang, '任务数', 'tasks'), align: 'right' as const },
          { key: 'done', title: t(lang, '已完成', 'done'), align: 'right' as const }, { key: 'overdue', title: t(lang, '逾期', 'overdue'), align: 'right' as const },
          { key: 'completion', title: t(lang, '完成率', 'completion'), align: 'right' as const },
        ],
        rows: result.byUnit.map((u) => ({ ...u, completion: formatPercent(u.completion * 100, { decimals: 0 }) })),
      };
      out(`${t(lang, `${year}年任务进展`, `Task progress, ${year}`)}\n${renderTable(table)}\n\n${renderTable(units)}`);
    });
}
