import type { Command } from 'commander';
import { bundledPlans } from '../../app/plans.js';
import { yearSpan } from '../../plan/labels.js';
import { localize } from '../../util/lang.js';
import { formatOption, globals, out, t } from '../context.js';
import type { OutputFormat } from '../render/table.js';
import { renderCsv, renderTable } from '../render/table.js';

/** `kepu plan list`: the bundled plans. */
export function registerPlanList(plan: Command): void {
  plan
    .command('list')
    .description('list the bundled plans / 列出内置规划')
    .addOption(formatOption())
    .action((options: { format: OutputFormat }, command: Command) => {
      const { lang } = globals(command);
      const plans = bundledPlans();
      if (options.format === 'json') return out(JSON.stringify(plans, null, 2));
      const table = {
        columns: [
          { key: 'id', title: t(lang, '编号', 'id') },
          { key: 'jurisdiction', title: t(lang, '地区', 'jurisdiction') },
          { key: 'period', title: t(lang, '规划期', 'period') },
          { key: 'targets', title: t(lang, '目标数', 'targets'), align: 'right' as const },
          { key: 'title', title: t(lang, '标题', 'title') },
        ],
        rows: plans.map((p) => ({
          id: p.id,
          jurisdiction: localize(p.jurisdiction.name, lang),
          period: yearSpan(p.period.start, p.period.end, lang),
          targets: p.targets.length,
          title: localize(p.title, lang) + (p.draft ? t(lang, '（送审稿）', ' (draft)') : ''),
        })),
      };
      out(options.format === 'csv' ? renderCsv(table) : renderTable(table));
    });
}
