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
      const { files, year } = createWorkspace({ dir, plan: options.plan, now: () => new Date() });
      out(t(lang, `已创建工作区 ${dir}：${files.join('、')}。每年的步骤见 ${dir}/README.md；第一步：cd ${dir}，然后 kepu forms --year ${year} 生成填报表。`,
        `workspace created in ${dir}: ${files.join(', ')}. ${dir}/README.md walks through the yearly steps; first: cd ${dir}, then kepu forms --year ${year} writes the forms.`));
    });
}
