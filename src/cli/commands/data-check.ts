import type { Command } from 'commander';
import { InputError } from '../../errors/index.js';
import { globals, out, t } from '../context.js';
import type { InputOptions } from '../inputs.js';
import { loadInputOptions } from '../inputs.js';
import { renderIssues } from '../render/issues.js';

/** `kepu data check [files...]`: every problem in the data, with file, row and column; exit 1 on errors. */
export function registerDataCheck(data: Command): void {
  data
    .command('check')
    .description('check observation files: every problem with file, row and column / 检查数据文件')
    .argument('[files...]', 'files or folders (default: the workspace data) / 数据文件或目录')
    .option('-w, --workspace <dir>', 'workspace folder / 工作区', '.')
    .option('--regions <file>', 'regions file, instead of a workspace / 地区表')
    .option('--indicators <dir>', 'extra indicator definitions / 自定义指标目录')
    .option('--format <format>', 'text or json / 输出格式', 'text')
    .action(async (files: string[], options: InputOptions & { format: string }, command: Command) => {
      const { lang } = globals(command);
      try {
        const inputs = await loadInputOptions({ ...options, data: files.length ? files : undefined });
        if (options.format === 'json') return out(JSON.stringify({ valid: true, observations: inputs.observations.length, issues: inputs.issues }, null, 2));
        out(t(lang, `数据有效：共 ${inputs.observations.length} 个观测值。`, `data valid: ${inputs.observations.length} observations.`));
        if (inputs.issues.length) out(renderIssues(inputs.issues, lang));
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        if (options.format === 'json') out(JSON.stringify({ valid: false, issues: error.issues }, null, 2));
        else out(renderIssues(error.issues, lang));
        process.exitCode = 1;
      }
    });
}
