import type { Command } from 'commander';
import { createWorkspace } from '../../app/init.js';
import { globals, out, t } from '../context.js';

/** `kepu init <dir> --plan <id>`: a new workspace for a bundled plan (refused without one). */
export function registerInit(program: Command): void {
  program
    .command('init')
    .description('create a workspace for a bundled plan / 创建工作区')
    .argument('<dir>', 'new workspace folder / 工作区目录')
    .option('--plan <id>', 'bundled plan id (kepu plan list), required / 内置规划编号（必填）')
    .action((dir: string, options: { plan?: string }, command: Command) => {
      const { lang } = globals(command);
      const { files } = createWorkspace({ dir, plan: options.plan });
      out(t(lang, `已创建工作区 ${dir}：${files.join('、')}。下一步：把数据表放入 data/，然后运行 kepu data check -w ${dir}。`,
        `workspace created in ${dir}: ${files.join(', ')}. Next: put the data files in data/ and run kepu data check -w ${dir}.`));
    });
}
