import type { Command } from 'commander';
import type { InputOptions } from '../../app/inputs.js';
import { checkData } from '../../app/check.js';
import { globals, out } from '../context.js';
import { workspaceOption } from '../options.js';
import { checkSummary } from '../render/check-summary.js';
import { renderIssues } from '../render/issues.js';

/** `kepu data check [files...]`: every problem in the data, with file, row and column; exit 1 on errors. */
export function registerDataCheck(data: Command): void {
  data
    .command('check')
    .description('check observation files: every problem with file, row and column / 检查数据文件')
    .argument('[files...]', 'files or folders (default: the workspace data) / 数据文件或目录')
    .addOption(workspaceOption())
    .option('--regions <file>', 'regions file, instead of a workspace / 地区表')
    .option('--indicators <dir>', 'extra indicator definitions / 自定义指标目录')
    .option('--format <format>', 'text or json / 输出格式', 'text')
    .action(async (files: string[], options: InputOptions & { format: string }, command: Command) => {
      const { lang } = globals(command);
      const check = await checkData({ ...options, data: files.length ? files : undefined });
      if (options.format === 'json') out(JSON.stringify(check, null, 2));
      else if (check.valid) {
        // Valid, but not "fine" when something deserves a look: the summary says how many.
        out(checkSummary(check, lang));
        if (check.issues.length) out(renderIssues(check.issues, lang));
      } else out(renderIssues(check.issues, lang));
      if (!check.valid) process.exitCode = 1;
    });
}
