import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { Option } from 'commander';
import { writeAtomic } from '../../util/write.js';
import { jurisdictionCode } from '../../evaluate/index.js';
import { formWorkbook, planForms } from '../../workspace/forms.js';
import { loadWorkspace } from '../../workspace/load.js';
import { globals, out, t } from '../context.js';
import { progressBar } from '../progress.js';

/** `kepu forms --year <y> [--by region|unit] --out <dir>`: data-collection forms as Excel files. */
export function registerForms(program: Command): void {
  program
    .command('forms')
    .description('write the Excel forms districts or member units fill in / 生成数据填报表')
    .requiredOption('--year <year>', 'year to collect / 填报年度', Number)
    .addOption(new Option('--by <who>', 'one form per district or per lead unit / 按地区或按单位').choices(['region', 'unit']).default('region'))
    .option('-w, --workspace <dir>', 'workspace folder / 工作区', '.')
    .option('--out <dir>', 'output folder / 输出目录', 'forms')
    .option('--date <yyyy-mm-dd>', 'date stamped in the files (default: today) / 日期')
    .action(async (options: { year: number; by: 'region' | 'unit'; workspace: string; out: string; date?: string }, command: Command) => {
      const { lang } = globals(command);
      const ws = await loadWorkspace(options.workspace, { allowPartial: true });
      const root = ws.regions.byCode.get(jurisdictionCode(ws.plan, ws.regions))!;
      const forms = planForms(ws.plan, ws.indicators, { root, children: ws.regions.children.get(root.code) ?? [] }, options.year, options.by);
      const office = `${ws.plan.jurisdiction.name.zh}全民科学素质工作领导小组办公室`;
      const date = options.date ?? new Date().toISOString().slice(0, 10);
      const bar = progressBar(forms.length, t(lang, '生成填报表', 'Forms'));
      for (const form of forms) {
        writeAtomic(join(resolve(options.out), `${form.name}.xlsx`), await formWorkbook(form, ws.observations, { office, date }));
        bar.tick(form.name);
      }
      bar.done();
      out(t(lang, `已生成 ${forms.length} 份填报表：${resolve(options.out)}`, `${forms.length} forms written to ${resolve(options.out)}`));
    });
}
