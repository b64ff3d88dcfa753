import type { Command } from 'commander';
import { taskStatusLabels } from '../../evaluate/labels.js';
import { actionGroupLabels, label } from '../../plan/labels.js';
import { formatPercent } from '../../util/format-number.js';
import { taskProgress } from '../../app/tasks.js';
import { err, formatOption, out, t } from '../context.js';
import { chosenLang, workspaceOption, yearOption } from '../options.js';
import { renderIssues } from '../render/issues.js';
import type { OutputFormat } from '../render/table.js';
import { renderCsv, renderTable } from '../render/table.js';


/** `kepu tasks`: where each action, project and task of the plan stands, by lead unit. */
export function registerTasks(program: Command): void {
  program
    .command('tasks')
    .description('task tracking: status of every action and project, completion by lead unit / 任务分工进展')
    .addOption(workspaceOption())
    .addOption(yearOption('year (default: the evaluation year) / 年度'))
    .addOption(formatOption())
    .action(async (options: { workspace: string; year?: number; format: OutputFormat }, command: Command) => {
      const { tasks, byGroup, byUnit, settings: { year, lang }, warnings } = await taskProgress({ ...options, lang: chosenLang(command) });
      const result = { tasks, byGroup, byUnit };
      // The plan names no lead for some tasks: said so, never filled in.
      const unitLabel = (unit: string) => unit || t(lang, '未列明', 'not stated');
      if (warnings.length) err(renderIssues(warnings, lang));
      if (options.format === 'json') return out(JSON.stringify({ year, ...result }, null, 2));
      const table = {
        columns: [
          { key: 'group', title: t(lang, '类别', 'group') }, { key: 'title', title: t(lang, '任务', 'task') },
          { key: 'lead', title: t(lang, '牵头单位', 'lead') }, { key: 'status', title: t(lang, '进展', 'status') },
          { key: 'progress', title: t(lang, '完成比例', 'done'), align: 'right' as const }, { key: 'year', title: t(lang, '报告年度', 'reported'), align: 'right' as const },
        ],
        rows: result.tasks.map((r) => ({
          group: label(actionGroupLabels, r.group, lang), title: r.title, status: taskStatusLabels[r.status][lang],
          // Each lead unit's own part when several share a task: one unit's 已完成 is not the task's.
          lead: r.parts.map((p) => `${unitLabel(p.unit)}${r.parts.length > 1 ? t(lang, `（${taskStatusLabels[p.status].zh}）`, ` (${taskStatusLabels[p.status].en})`) : ''}`).join(t(lang, '、', ', ')),
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
        rows: result.byUnit.map((u) => ({ ...u, key: unitLabel(u.key), completion: formatPercent(u.completion * 100, { decimals: 0 }) })),
      };
      out(`${t(lang, `${year}年任务进展`, `Task progress, ${year}`)}\n${renderTable(table)}\n\n${renderTable(units)}`);
    });
}
