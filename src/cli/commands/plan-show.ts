import type { Command } from 'commander';
import { showPlan } from '../../app/plans.js';
import { formatOption, globals, out } from '../context.js';
import { renderPlanSummary, targetsTable } from '../render/plan-summary.js';
import type { OutputFormat } from '../render/table.js';
import { renderCsv } from '../render/table.js';

/** `kepu plan show <id|file>`: targets, actions with lead units, milestones. */
export function registerPlanShow(plan: Command): void {
  plan
    .command('show')
    .description('show a plan: targets, actions with lead units, milestones / 显示规划摘要')
    .argument('<plan>', 'bundled plan id or plan file / 内置规划编号或规划文件')
    .addOption(formatOption())
    .action((ref: string, options: { format: OutputFormat }, command: Command) => {
      const { lang } = globals(command);
      const { plan: loaded, indicatorNames: names } = showPlan(ref);
      if (options.format === 'json') return out(JSON.stringify(loaded, null, 2));
      if (options.format === 'csv') return out(renderCsv(targetsTable(loaded, lang, names)));
      out(renderPlanSummary(loaded, lang, names));
    });
}
