import type { Command } from 'commander';
import { Option } from 'commander';
import { writeForms } from '../../app/forms.js';
import { writeTaskForms } from '../../app/task-forms.js';
import { globals, out, t } from '../context.js';
import { workspaceOption, yearOption } from '../options.js';
import { progressBar } from '../progress.js';
import { say } from '../messages.js';

/** `kepu forms --year <y> [--by region|unit | --tasks] --out <dir>`: data-collection forms as Excel files. */
export function registerForms(program: Command): void {
  program
    .command('forms')
    .description('write the Excel forms districts or member units fill in / 生成数据填报表')
    .addOption(yearOption('year to collect / 填报年度').makeOptionMandatory())
    .addOption(new Option('--by <who>', 'one form per district, or per member unit by its reporting duty (responsibility in kepu.config.yaml) / 按地区或按成员单位填报责任').choices(['region', 'unit']).default('region'))
    .addOption(new Option('--tasks', 'task-progress forms, one per lead unit (the task ledger) / 按牵头单位生成任务进展填报表').conflicts('by'))
    .addOption(workspaceOption())
    .option('--out <dir>', 'output folder / 输出目录', 'forms')
    .option('--date <yyyy-mm-dd>', 'date stamped in the files (default: today) / 日期')
    .action(async (options: { year: number; by: 'region' | 'unit'; tasks?: boolean; workspace: string; out: string; date?: string }, command: Command) => {
      const { lang } = globals(command);
      let bar: ReturnType<typeof progressBar> | undefined;
      const write = options.tasks ? writeTaskForms : writeForms;
      const { outDir, files } = await write({
        ...options, now: () => new Date(),
        onWritten: (path, _i, total) => {
          bar ??= progressBar(total, t(lang, '生成填报表', 'Forms'));
          bar.tick(path);
        },
      });
      bar?.done();
      out(say('forms_written', { forms: files.length, dir: outDir }, lang));
    });
}
